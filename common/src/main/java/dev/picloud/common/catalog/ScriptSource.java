package dev.picloud.common.catalog;

import dev.picloud.common.id.AppId;
import dev.picloud.common.id.ScriptId;
import java.util.Objects;

/**
 * One version of a script as the executor needs it.
 *
 * @param scriptId the script
 * @param version its version (1, 2, ...)
 * @param appId the owning app
 * @param name the script's name
 * @param language {@code rhai} or {@code javascript}
 * @param source the source text
 * @param limits the script's own sandbox settings
 */
public record ScriptSource(
    ScriptId scriptId, long version, AppId appId, String name, String language, String source, ScriptLimits limits) {
  public ScriptSource {
    Objects.requireNonNull(scriptId);
    Objects.requireNonNull(appId);
    Objects.requireNonNull(name);
    Objects.requireNonNull(language);
    Objects.requireNonNull(source);
    Objects.requireNonNull(limits);
  }
}
