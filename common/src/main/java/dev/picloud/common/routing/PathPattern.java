package dev.picloud.common.routing;

import dev.picloud.common.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A route's path: {@code /} followed by segments that are literals ({@code users}), parameters ({@code :id}) or, as
 * the last segment only, a wildcard ({@code *}) matching the rest of the path (possibly empty). Trailing slashes are
 * ignored. Two patterns with the same {@link #shape()} match the same requests.
 *
 * @param text the pattern as written, normalized (no trailing slash)
 * @param segments its segments
 */
public record PathPattern(String text, List<Segment> segments) {

  /** One segment of a pattern. */
  public sealed interface Segment permits Literal, Param, Wildcard {}

  /** A literal segment, matched exactly (case-sensitive, after percent-decoding the request). */
  public record Literal(String value) implements Segment {}

  /** A {@code :name} segment capturing one request segment. */
  public record Param(String name) implements Segment {}

  /** A trailing {@code *} capturing the rest of the path. */
  public record Wildcard() implements Segment {}

  public PathPattern {
    segments = List.copyOf(segments);
  }

  /**
   * Parses and validates a pattern.
   *
   * @throws InvalidArgumentException naming the problem
   */
  public static PathPattern parse(String text) {
    if (text == null || text.isBlank()) {
      throw invalid(text, "the path is empty");
    }
    if (!text.startsWith("/")) {
      throw invalid(text, "the path must start with /");
    }
    if (text.length() > 1024) {
      throw invalid(text, "the path is longer than 1024 characters");
    }
    String trimmed = text.length() > 1 && text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    List<Segment> segments = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String[] parts = trimmed.equals("/") ? new String[0] : trimmed.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        throw invalid(text, "the path has an empty segment (//)");
      }
      if (part.equals("*")) {
        if (i != parts.length - 1) {
          throw invalid(text, "* may only be the last segment");
        }
        segments.add(new Wildcard());
      } else if (part.startsWith(":")) {
        String name = part.substring(1);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          throw invalid(text, "'" + part + "' is not a valid parameter (use :name with letters, digits, _)");
        }
        if (!names.add(name)) {
          throw invalid(text, "parameter :" + name + " appears twice");
        }
        segments.add(new Param(name));
      } else {
        if (part.contains("*") || part.contains(":") || part.contains("{") || part.contains("}")) {
          throw invalid(text, "segment '" + part + "' mixes literal text with : * { or }");
        }
        if (part.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '?' || c == '#')) {
          throw invalid(text, "segment '" + part + "' contains a space, control character, ? or #");
        }
        segments.add(new Literal(part));
      }
    }
    return new PathPattern(trimmed, segments);
  }

  /** The pattern with parameter names erased: {@code /users/:id} and {@code /users/:uid} share {@code /users/:}. */
  public String shape() {
    StringBuilder b = new StringBuilder();
    for (Segment s : segments) {
      b.append('/');
      switch (s) {
        case Literal l -> b.append(l.value());
        case Param p -> b.append(':');
        case Wildcard w -> b.append('*');
      }
    }
    return b.isEmpty() ? "/" : b.toString();
  }

  /**
   * The reserved word this pattern starts with, if its first segment is one ({@code api}, {@code admin}, {@code
   * healthz}, {@code version} for the prefixes {@code /api/}, {@code /admin/}, {@code /healthz}, {@code /version}).
   * Patterns starting with a parameter or wildcard are allowed: reserved paths are served before user routes.
   */
  public java.util.Optional<String> reservedPrefix(List<String> reservedPrefixes) {
    if (segments.isEmpty() || !(segments.get(0) instanceof Literal first)) {
      return java.util.Optional.empty();
    }
    for (String prefix : reservedPrefixes) {
      if (prefix.replaceAll("^/|/$", "").equals(first.value())) {
        return java.util.Optional.of(prefix);
      }
    }
    return java.util.Optional.empty();
  }

  private static InvalidArgumentException invalid(String text, String problem) {
    return new InvalidArgumentException(
        "invalid route path '" + text + "': " + problem, Map.of("field", "path"));
  }
}
