package dev.picloud.executor.engine.rhai;

import dev.picloud.executor.sdk.SdkContext;
import dev.picloud.executor.sdk.SdkException;
import dev.picloud.executor.sdk.SdkFunctionDef;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.sdk.SdkParam;
import dev.picloud.executor.sdk.SdkTimeoutException;
import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.HostModule;
import dev.picloud.executor.script.rhai.JavaValues;
import dev.picloud.executor.script.rhai.RhaiEngine;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.builtins.NativeCallContext;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds SDK modules into a Rhai engine: each module becomes a namespace ({@code regex::is_match}), each overload a
 * native function whose parameter types select it exactly as Rhai resolves overloads (so a call with wrong types is
 * Rhai's own {@code ErrorFunctionNotFound}). Arguments are converted to plain Java values and results back; an {@link
 * SdkException} becomes a runtime error the script can catch, its message being what {@code catch (e)} receives; an
 * {@link SdkTimeoutException} becomes {@code ErrorTimeout}, which it cannot. Results count against the run's size
 * limits and memory budget.
 */
public final class RhaiSdkBinder {
  private RhaiSdkBinder() {}

  /** Registers every module on the builder. */
  public static void bind(RhaiEngine.Builder engine, List<SdkModule> modules) {
    for (SdkModule module : modules) {
      HostModule.Builder host = HostModule.builder();
      for (SdkFunctionDef def : SdkModule.definitions(module)) {
        host.fn(def.name(), (ctx, args) -> invoke(def, ctx, args), classes(def.params()));
      }
      engine.registerModule(module.name(), host.build());
    }
  }

  private static Object invoke(SdkFunctionDef def, NativeCallContext ctx, Object[] args) {
    if (!(ctx.hostContext() instanceof SdkContext sdk)) {
      throw new IllegalStateException(def.signature() + " called without an SDK context");
    }
    List<Object> values = new ArrayList<>(args.length);
    for (Object arg : args) {
      values.add(JavaValues.toJava(arg));
    }
    Object result;
    try {
      result = JavaValues.toScript(def.body().call(sdk, values));
    } catch (SdkException e) {
      throw RhaiRuntimeError.thrown(e.getMessage(), ctx.position());
    } catch (SdkTimeoutException e) {
      throw RhaiError.of(ErrorKind.ErrorTimeout, e.getMessage(), ctx.position());
    }
    checkSize(result, ctx);
    return result;
  }

  /**
   * A value an SDK function built counts against the run's limits like one the script built itself: a string against
   * the string size limit and the memory budget, a container or BLOB against the memory budget.
   */
  private static void checkSize(Object result, NativeCallContext ctx) {
    if (result instanceof String s) {
      ctx.budget().checkString(s.length(), ctx.position());
    } else if (result instanceof RhaiArray || result instanceof RhaiMap || result instanceof RhaiBlob) {
      ctx.budget().checkValue(result, ctx.position());
    }
  }

  private static Class<?>[] classes(List<SdkParam> params) {
    Class<?>[] classes = new Class<?>[params.size()];
    for (int i = 0; i < classes.length; i++) {
      classes[i] =
          switch (params.get(i).type()) {
            case STRING -> String.class;
            case INT -> Long.class;
            case FLOAT -> Double.class;
            case BOOL -> Boolean.class;
            case ARRAY -> RhaiArray.class;
            case MAP -> RhaiMap.class;
            case BLOB -> RhaiBlob.class;
            case ANY, UNIT -> Object.class;
          };
    }
    return classes;
  }
}
