package dev.picloud.executor.sdk;

import static dev.picloud.executor.sdk.SdkParam.param;

import java.util.List;

/** {@code log::debug/info/warn/error(message, data?)}: lines in the execution's log. */
public final class LogModule implements SdkModule {
  @Override
  public String name() {
    return "log";
  }

  @Override
  public void define(Builder m) {
    for (String level : List.of("debug", "info", "warn", "error")) {
      m.function(
          level,
          SdkType.UNIT,
          "Adds a " + level + " line to the execution log.",
          List.of(param("message", SdkType.ANY)),
          (ctx, args) -> log(ctx, level, args.get(0), null));
      m.function(
          level,
          SdkType.UNIT,
          "Adds a " + level + " line with structured data (any value, kept as JSON) to the execution log.",
          List.of(param("message", SdkType.ANY), param("data", SdkType.ANY)),
          (ctx, args) -> log(ctx, level, args.get(0), args.get(1)));
    }
  }

  private static Object log(SdkContext ctx, String level, Object message, Object data) {
    ctx.output().log(level, message == null ? "" : message instanceof String s ? s : dev.picloud.common.json.Json.write(message), data);
    return null;
  }
}
