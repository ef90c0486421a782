package dev.picloud.common.routing;

import dev.picloud.common.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A host pattern: dot-separated labels that are literals ({@code api}, {@code example}) or {@code {name}}
 * placeholders matching one label ({@code {tenant}.example.com}). Matching is case-insensitive and ignores a port.
 * More literal labels make a pattern more specific.
 *
 * @param text the pattern, lower-cased
 * @param labels its labels; a placeholder is kept as {@code {name}}
 */
public record HostPattern(String text, List<String> labels) {
  public HostPattern {
    labels = List.copyOf(labels);
  }

  /**
   * Parses and validates a pattern.
   *
   * @throws InvalidArgumentException naming the problem
   */
  public static HostPattern parse(String text, String field) {
    if (text == null || text.isBlank()) {
      throw invalid(text, field, "the host is empty");
    }
    String lower = text.trim().toLowerCase(Locale.ROOT);
    if (lower.length() > 253) {
      throw invalid(text, field, "the host is longer than 253 characters");
    }
    List<String> labels = new ArrayList<>();
    for (String label : lower.split("\\.", -1)) {
      if (label.matches("\\{[a-z_][a-z0-9_]*}")) {
        labels.add(label);
      } else if (label.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
        labels.add(label);
      } else {
        throw invalid(
            text, field, "'" + label + "' is not a host label (letters, digits, - ; or {name} for a whole label)");
      }
    }
    return new HostPattern(lower, labels);
  }

  /** Whether {@code host} (as sent in the Host header, maybe with a port) matches. */
  public boolean matches(String host) {
    String[] parts = normalizeHost(host).split("\\.", -1);
    if (parts.length != labels.size()) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      String label = labels.get(i);
      if (!label.startsWith("{") && !label.equals(parts[i])) {
        return false;
      }
      if (label.startsWith("{") && parts[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** How many labels are literal: the pattern's specificity. */
  public int literalLabels() {
    return (int) labels.stream().filter(l -> !l.startsWith("{")).count();
  }

  /** Lower-cases a Host header value and drops its port. */
  public static String normalizeHost(String host) {
    if (host == null) {
      return "";
    }
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.lastIndexOf(':');
    if (colon >= 0) {
      h = h.substring(0, colon);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  private static InvalidArgumentException invalid(String text, String field, String problem) {
    return new InvalidArgumentException("invalid host pattern '" + text + "': " + problem, Map.of("field", field));
  }
}
