package dev.picloud.manager.script;

import dev.picloud.common.catalog.Invalidation;
import dev.picloud.common.error.InvalidArgumentException;
import dev.picloud.common.error.NotFoundException;
import dev.picloud.common.error.UnprocessableException;
import dev.picloud.common.exec.ScriptValidator;
import dev.picloud.common.id.AppId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.manager.catalog.CatalogEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scripts and versions. Every save is compiled first (a script that does not compile is refused with its line and
 * column) and makes a new immutable version; a rollback makes a new version copying an old one. Each change is
 * published to the catalog, so it is live for the next request.
 */
public final class ScriptService {
  /** Largest source accepted. */
  public static final int MAX_SOURCE_CHARS = 1024 * 1024;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

  private final ScriptRepository scripts;
  private final ScriptValidator validator;
  private final ScriptDefaults defaults;
  private final CatalogEvents events;

  public ScriptService(
      ScriptRepository scripts, ScriptValidator validator, ScriptDefaults defaults, CatalogEvents events) {
    this.scripts = scripts;
    this.validator = validator;
    this.defaults = defaults;
    this.events = events;
  }

  /** Scripts, optionally of one app. */
  public List<Script> list(Optional<AppId> app) {
    return scripts.list(app);
  }

  /** A script with its current version's source. */
  public Script get(ScriptId id) {
    return scripts.find(id).orElseThrow(() -> NotFoundException.of("script", id));
  }

  /** A script of an app by name, if any. */
  public Optional<Script> findByName(AppId app, String name) {
    return scripts.findByName(app, name);
  }

  /** Creates a script in an app from a draft (name and source required). */
  public Script create(AppId app, ScriptDraft draft) {
    String name = validName(draft.name().orElseThrow(() -> missing("name")));
    ScriptVersion first =
        version(
            draft,
            new ScriptVersion(
                0, "rhai", "", "", defaults.timeoutMs(), defaults.memoryLimitMb(), defaults.maxOperations(), null,
                null),
            true);
    Script created = scripts.insert(ScriptId.generate(), app, name, first);
    events.published(Invalidation.Kind.SCRIPT, created.id().toString());
    return created;
  }

  /** Saves a new version with the draft's changes over the current version. */
  public Script update(ScriptId id, ScriptDraft draft) {
    Script current = get(id);
    ScriptVersion next = version(draft, current.current(), false);
    Script updated = scripts.append(id, draft.name().map(ScriptService::validName), next);
    events.published(Invalidation.Kind.SCRIPT, id.toString());
    return updated;
  }

  /** Makes a new version that is a copy of {@code version}. */
  public Script rollback(ScriptId id, long version) {
    get(id);
    ScriptVersion old =
        scripts
            .version(id, version)
            .orElseThrow(() -> NotFoundException.of("script version", id + "@" + version));
    ScriptVersion copy =
        new ScriptVersion(
            0, old.language(), old.source(), old.description(), old.timeoutMs(), old.memoryLimitMb(),
            old.maxOperations(), version, null);
    Script updated = scripts.append(id, Optional.empty(), copy);
    events.published(Invalidation.Kind.SCRIPT, id.toString());
    return updated;
  }

  /** Every version, newest first. */
  public List<ScriptVersion> versions(ScriptId id) {
    get(id);
    return scripts.versions(id);
  }

  /** One version with its source. */
  public ScriptVersion version(ScriptId id, long version) {
    return scripts.version(id, version).orElseThrow(() -> NotFoundException.of("script version", id + "@" + version));
  }

  /** Deletes a script with its versions and routes. */
  public void delete(ScriptId id) {
    if (!scripts.delete(id)) {
      throw NotFoundException.of("script", id);
    }
    events.published(Invalidation.Kind.SCRIPT, id.toString());
    events.published(Invalidation.Kind.ROUTES, id.toString());
  }

  /**
   * Compiles source without saving.
   *
   * @throws UnprocessableException when it does not compile
   */
  public void validate(String language, String source) {
    checkLanguage(language);
    checkSource(source);
    compile(language, source);
  }

  private ScriptVersion version(ScriptDraft d, ScriptVersion base, boolean creating) {
    String language = d.language().orElse(base.language());
    checkLanguage(language);
    String source = creating ? d.source().orElseThrow(() -> missing("source")) : d.source().orElse(base.source());
    checkSource(source);
    long timeout = d.timeoutMs().orElse(base.timeoutMs());
    range("timeout_ms", timeout, 1, defaults.maxTimeoutMs());
    long memory = d.memoryLimitMb().orElse((long) base.memoryLimitMb());
    range("memory_limit_mb", memory, 1, defaults.maxMemoryLimitMb());
    long operations = d.maxOperations().orElse(base.maxOperations());
    if (defaults.maxOperationsCeiling() > 0) {
      if (operations == 0) {
        throw new InvalidArgumentException(
            "max_operations 0 (unlimited) is above this server's ceiling of " + defaults.maxOperationsCeiling(),
            Map.of("field", "max_operations"));
      }
      range("max_operations", operations, 1, defaults.maxOperationsCeiling());
    } else {
      range("max_operations", operations, 0, Long.MAX_VALUE);
    }
    compile(language, source);
    return new ScriptVersion(
        0,
        language,
        source,
        d.description().orElse(base.description()),
        timeout,
        (int) memory,
        operations,
        null,
        null);
  }

  private void compile(String language, String source) {
    validator
        .validate(language, source)
        .ifPresent(
            p -> {
              Map<String, Object> details = new LinkedHashMap<>();
              details.put("error", "compile_error");
              details.put("kind", p.kind());
              details.put("line", (long) p.line());
              details.put("column", (long) p.column());
              throw new UnprocessableException(
                  "the script does not compile: " + p.message() + (p.line() > 0 ? " (line " + p.line() + ", column "
                      + p.column() + ")" : ""),
                  details);
            });
  }

  private void checkLanguage(String language) {
    if (!validator.languages().contains(language)) {
      throw new InvalidArgumentException(
          "language '" + language + "' is not supported (supported: " + String.join(", ", validator.languages()) + ")",
          Map.of("field", "language"));
    }
  }

  private static void checkSource(String source) {
    if (source.length() > MAX_SOURCE_CHARS) {
      throw new InvalidArgumentException(
          "source is longer than " + MAX_SOURCE_CHARS + " characters", Map.of("field", "source"));
    }
  }

  private static String validName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new InvalidArgumentException(
          "name '" + name + "' is not valid: use 1-128 letters, digits, '_', '-' or '.', starting with a letter or"
              + " digit",
          Map.of("field", "name"));
    }
    return name;
  }

  private static void range(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidArgumentException(
          field + " must be between " + min + " and " + max + ", got " + value, Map.of("field", field));
    }
  }

  private static InvalidArgumentException missing(String field) {
    return new InvalidArgumentException(field + " is required", Map.of("field", field));
  }
}
