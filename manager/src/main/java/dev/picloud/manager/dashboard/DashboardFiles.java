package dev.picloud.manager.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The dashboard's files, read once from the class path into memory (a few hundred KB). The build writes
 * {@code files.txt} beside them, one relative path a line, because a directory inside a jar cannot be listed
 * portably through a class loader.
 */
public final class DashboardFiles {
  /** The class-path folder the dashboard module packs its build into. */
  public static final String CLASSPATH_ROOT = "dashboard";

  private static final int GZIP_MIN_BYTES = 1024;
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("map", "application/json"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("wasm", "application/wasm"));

  private final Map<String, StaticFile> files;

  private DashboardFiles(Map<String, StaticFile> files) {
    this.files = files;
  }

  /** Reads the files listed in {@code <root>/files.txt}; none when the list is absent (the dashboard was not built). */
  public static DashboardFiles fromClasspath(ClassLoader loader, String root) {
    byte[] list = read(loader, root + "/files.txt");
    Map<String, StaticFile> files = new LinkedHashMap<>();
    if (list != null) {
      for (String line : new String(list, StandardCharsets.UTF_8).split("\n")) {
        String path = line.strip();
        if (path.isEmpty()) {
          continue;
        }
        byte[] body = read(loader, root + "/" + path);
        if (body == null) {
          throw new IllegalStateException("dashboard file " + root + "/" + path + " is listed but missing");
        }
        files.put(path, file(path, body));
      }
    }
    return new DashboardFiles(Map.copyOf(files));
  }

  /** The file at {@code path} (relative, no leading slash). */
  Optional<StaticFile> get(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** How many files there are; 0 when the dashboard is not part of this build. */
  public int size() {
    return files.size();
  }

  static StaticFile file(String path, byte[] body) {
    String type = contentType(path);
    boolean compressible = type.startsWith("text/") || type.startsWith("application/json") || type.equals("image/svg+xml");
    byte[] gzipped = compressible && body.length >= GZIP_MIN_BYTES ? gzip(body) : null;
    return new StaticFile(path, body, gzipped, type, etag(body));
  }

  static String contentType(String path) {
    int dot = path.lastIndexOf('.');
    String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] zipped = out.toByteArray();
    return zipped.length < body.length ? zipped : null;
  }

  private static byte[] read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
