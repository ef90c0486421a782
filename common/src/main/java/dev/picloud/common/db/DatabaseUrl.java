package dev.picloud.common.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a PostgreSQL database is and how to log in. Parses both the URL form used by most platforms ({@code
 * postgres://user:password@host:5432/db?sslmode=require}) and a JDBC URL ({@code
 * jdbc:postgresql://host:5432/db?user=u&password=p}).
 *
 * @param jdbcUrl JDBC URL without credentials
 * @param user user name (may be empty: the driver then uses the OS user)
 * @param password password (may be empty)
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
  public DatabaseUrl {
    Objects.requireNonNull(jdbcUrl);
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /**
   * Parses a database URL.
   *
   * @throws IllegalArgumentException with a message saying what is wrong (never echoing the password)
   */
  public static DatabaseUrl parse(String text) {
    String t = Objects.requireNonNull(text).trim();
    if (t.startsWith("jdbc:postgresql:")) {
      return parseJdbc(t);
    }
    if (t.startsWith("postgres://") || t.startsWith("postgresql://")) {
      return parseUri(t);
    }
    throw new IllegalArgumentException(
        "expected postgres://user:password@host:port/database or jdbc:postgresql://host:port/database");
  }

  private static DatabaseUrl parseUri(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL (" + e.getReason() + ")");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("the URL names no host");
    }
    String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (database.isEmpty()) {
      throw new IllegalArgumentException("the URL names no database (…/database)");
    }
    String user = "";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : "";
    }
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query, user, password);
  }

  private static DatabaseUrl parseJdbc(String text) {
    int q = text.indexOf('?');
    if (q < 0) {
      return new DatabaseUrl(text, "", "");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : text.substring(q + 1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      params.put(kv[0], kv.length > 1 ? kv[1] : "");
    }
    String user = decode(params.getOrDefault("user", ""));
    String password = decode(params.getOrDefault("password", ""));
    params.remove("user");
    params.remove("password");
    StringBuilder url = new StringBuilder(text.substring(0, q));
    String sep = "?";
    for (Map.Entry<String, String> e : params.entrySet()) {
      url.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = "&";
    }
    return new DatabaseUrl(url.toString(), user, password);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The same database under another name (used by tests to create one database per class). */
  public DatabaseUrl withDatabase(String database) {
    int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
    int q = jdbcUrl.indexOf('?');
    String base = slash < 0 ? jdbcUrl : jdbcUrl.substring(0, slash);
    String query = q < 0 ? "" : jdbcUrl.substring(q);
    return new DatabaseUrl(base + "/" + database + query, user, password);
  }

  /** {@code host:port} for messages. */
  public String hostAndPort() {
    String rest = jdbcUrl.substring("jdbc:postgresql://".length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /** For logs: the URL and user, never the password. */
  @Override
  public String toString() {
    return jdbcUrl + (user.isEmpty() ? "" : " (user " + user + ")");
  }
}
