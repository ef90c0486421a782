package dev.picloud.manager.script;

import dev.picloud.common.id.AppId;
import dev.picloud.common.id.ScriptId;
import java.util.List;
import java.util.Optional;

/** Stores scripts and their versions. */
public interface ScriptRepository {
  /** Scripts (current version, without source), optionally of one app, by name. */
  List<Script> list(Optional<AppId> app);

  /** A script with its current version, source included. */
  Optional<Script> find(ScriptId id);

  /** A script of an app by name. */
  Optional<Script> findByName(AppId app, String name);

  /**
   * Inserts a script with its first version.
   *
   * @throws dev.picloud.common.error.ConflictException when the app already has a script of that name
   */
  Script insert(ScriptId id, AppId app, String name, ScriptVersion first);

  /**
   * Appends a version (numbered current + 1, atomically) and optionally renames the script.
   *
   * @return the script with its new current version
   */
  Script append(ScriptId id, Optional<String> rename, ScriptVersion draft);

  /** Every version, newest first, without source. */
  List<ScriptVersion> versions(ScriptId id);

  /** One version with its source. */
  Optional<ScriptVersion> version(ScriptId id, long version);

  /** Deletes a script with its versions and routes; false when it did not exist. */
  boolean delete(ScriptId id);
}
