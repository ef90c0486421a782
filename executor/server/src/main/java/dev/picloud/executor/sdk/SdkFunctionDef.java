package dev.picloud.executor.sdk;

import java.util.List;

/**
 * One SDK function overload.
 *
 * @param module its module (namespace), e.g. {@code regex}
 * @param name its name, e.g. {@code is_match}
 * @param params its parameters (fixed arity)
 * @param returns its result type
 * @param doc one sentence for the SDK reference
 * @param body the implementation
 */
public record SdkFunctionDef(
    String module, String name, List<SdkParam> params, SdkType returns, String doc, SdkFunction body) {
  public SdkFunctionDef {
    params = List.copyOf(params);
  }

  /** {@code module::name(type, type)} for docs and errors. */
  public String signature() {
    StringBuilder b = new StringBuilder(module).append("::").append(name).append('(');
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(params.get(i).name()).append(": ").append(params.get(i).type().name().toLowerCase(java.util.Locale.ROOT));
    }
    return b.append(')').toString();
  }
}
