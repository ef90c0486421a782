package dev.picloud.manager.auth;

import dev.picloud.common.config.ConfigException;
import dev.picloud.common.config.Setting;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The admin API's bearer token: {@code PICLOUD_ADMIN_TOKEN} when set; otherwise the token saved in the data directory
 * ({@code admin-token}, mode 600), generated and printed once on the first start.
 */
public final class AdminToken {
  private static final System.Logger LOG = System.getLogger(AdminToken.class.getName());
  static final String FILE_NAME = "admin-token";

  private final byte[] token;

  private AdminToken(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /** A fixed token (tests, or the configured one). */
  public static AdminToken of(String token) {
    return new AdminToken(token);
  }

  /**
   * The configured token, or the saved one, or a new one saved and printed.
   *
   * @param configured the value of {@code PICLOUD_ADMIN_TOKEN}, if set
   * @param dataDir where to keep a generated token
   */
  public static AdminToken resolve(Optional<String> configured, Path dataDir, Setting tokenSetting, Setting dirSetting) {
    if (configured.isPresent()) {
      if (configured.get().length() < 16) {
        throw new ConfigException(tokenSetting, "must be at least 16 characters");
      }
      return new AdminToken(configured.get());
    }
    Path file = dataDir.resolve(FILE_NAME);
    try {
      if (Files.isRegularFile(file)) {
        String saved = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!saved.isEmpty()) {
          return new AdminToken(saved);
        }
      }
      Files.createDirectories(dataDir);
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String generated = "pct_" + HexFormat.of().formatHex(random);
      Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        LOG.log(Level.DEBUG, "No POSIX permissions on {0}", file);
      }
      // Printed, not logged: it is shown once, to whoever started PiCloud, and must not end up in log shipping.
      System.out.println("picloud: generated admin token " + generated + " (saved in " + file + ")");
      return new AdminToken(generated);
    } catch (IOException e) {
      throw new ConfigException(dirSetting, "cannot read or write the admin token in " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code presented} is the token, compared in constant time. */
  public boolean matches(String presented) {
    return presented != null
        && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
  }
}
