package dev.picloud.cli.config;

import dev.picloud.cli.api.Json;
import dev.picloud.cli.api.JsonMap;
import jakarta.json.JsonException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The CLI's saved logins: {@code $XDG_CONFIG_HOME/picloud/config.json}, else {@code ~/.config/picloud/config.json}.
 * It holds admin tokens, so it is written with mode 600 (its directory 700), atomically (a temporary file in the same
 * directory, then a rename), and never readable by others even for a moment.
 *
 * <pre>{"profiles": {"default": {"url": "http://localhost:8080", "token": "…"}}}</pre>
 */
public final class ConfigFile {
  private final Path path;

  public ConfigFile(Path path) {
    this.path = path;
  }

  /** The file for an environment: {@code XDG_CONFIG_HOME} when set and absolute, else {@code HOME/.config}. */
  public static ConfigFile locate(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path dir;
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      dir = Path.of(xdg);
    } else {
      String home = env.getOrDefault("HOME", System.getProperty("user.home"));
      dir = Path.of(home, ".config");
    }
    return new ConfigFile(dir.resolve("picloud").resolve("config.json"));
  }

  public Path path() {
    return path;
  }

  /** The saved profile of that name. */
  public Optional<Profile> profile(String name) {
    JsonMap p = read().object(name);
    return p.has("url") ? Optional.of(new Profile(p.string("url"), p.string("token"))) : Optional.empty();
  }

  /** Saves (or replaces) a profile. */
  public void save(String name, Profile profile) {
    Map<String, Object> profiles = profiles();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("url", profile.url());
    p.put("token", profile.token());
    profiles.put(name, p);
    write(profiles);
  }

  /** Removes a profile; whether it existed. */
  public boolean remove(String name) {
    Map<String, Object> profiles = profiles();
    if (profiles.remove(name) == null) {
      return false;
    }
    write(profiles);
    return true;
  }

  private Map<String, Object> profiles() {
    return new TreeMap<>(read().map());
  }

  private JsonMap read() {
    if (!Files.exists(path)) {
      return JsonMap.of(null);
    }
    try {
      return JsonMap.of(Json.parse(Files.readString(path))).object("profiles");
    } catch (IOException e) {
      throw new ConfigFileException("cannot read " + path + ": " + e.getMessage(), e);
    } catch (JsonException e) {
      throw new ConfigFileException(path + " is not valid JSON (" + e.getMessage() + "); fix or delete it", e);
    }
  }

  private void write(Map<String, Object> profiles) {
    try {
      Path dir = path.getParent();
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      Path tmp = dir.resolve(path.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      Files.deleteIfExists(tmp);
      try {
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (FileAlreadyExistsException e) {
        throw new IOException("a temporary file " + tmp + " appeared while saving", e);
      }
      Files.writeString(tmp, Json.writePretty(Map.of("profiles", profiles)) + "\n");
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
      // An older file may have been created with looser permissions by hand: tighten it.
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      throw new ConfigFileException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
