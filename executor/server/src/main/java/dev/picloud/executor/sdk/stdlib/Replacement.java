package dev.picloud.executor.sdk.stdlib;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.picloud.executor.sdk.SdkException;
import java.util.ArrayList;
import java.util.List;

/**
 * A replacement text parsed once per call: literal text and references to groups, in Rust's syntax: {@code $1} or
 * {@code ${1}} by number, {@code $name} or {@code ${name}} by name, {@code $$} for a literal {@code $}. A {@code $}
 * followed by anything else is literal. Unlike Rust, a reference to a group the pattern does not have is an error
 * rather than silently empty; a group that did not take part in the match inserts nothing.
 */
final class Replacement {
  private sealed interface Part permits Literal, Group {}

  private record Literal(String text) implements Part {}

  private record Group(int index) implements Part {}

  private final List<Part> parts;

  private Replacement(List<Part> parts) {
    this.parts = parts;
  }

  /**
   * Parses {@code text} against the groups of {@code pattern}.
   *
   * @throws SdkException when it refers to a group the pattern does not have
   */
  static Replacement parse(String function, String text, Pattern pattern) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 == text.length()) {
        literal.append(c);
        i++;
        continue;
      }
      char next = text.charAt(i + 1);
      int end;
      String name;
      if (next == '$') {
        literal.append('$');
        i += 2;
        continue;
      } else if (next == '{' && text.indexOf('}', i + 2) > i + 2) {
        end = text.indexOf('}', i + 2) + 1;
        name = text.substring(i + 2, end - 1);
      } else if (isDigit(next)) {
        end = scan(text, i + 1, true);
        name = text.substring(i + 1, end);
      } else if (isNameStart(next)) {
        end = scan(text, i + 1, false);
        name = text.substring(i + 1, end);
      } else {
        literal.append(c);
        i++;
        continue;
      }
      if (!literal.isEmpty()) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
      parts.add(new Group(group(function, name, pattern)));
      i = end;
    }
    if (!literal.isEmpty()) {
      parts.add(new Literal(literal.toString()));
    }
    return new Replacement(List.copyOf(parts));
  }

  /** Appends the replacement for the current match of {@code m}. */
  void appendTo(StringBuilder out, Matcher m) {
    for (Part part : parts) {
      switch (part) {
        case Literal l -> out.append(l.text());
        case Group g -> {
          String value = m.group(g.index());
          if (value != null) {
            out.append(value);
          }
        }
      }
    }
  }

  private static int group(String function, String name, Pattern pattern) {
    if (!name.isEmpty() && name.chars().allMatch(Replacement::isDigit)) {
      int index = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
      if (index > pattern.groupCount()) {
        throw new SdkException(
            function + ": the replacement refers to group " + name + " but the pattern has "
                + (pattern.groupCount() == 0 ? "no groups" : "only " + pattern.groupCount())
                + " (write $$ for a literal $, ${1}0 for group 1 followed by 0)");
      }
      return index;
    }
    Integer index = pattern.namedGroups().get(name);
    if (index == null) {
      throw new SdkException(
          function + ": the replacement refers to a group named " + Quoted.of(name)
              + " but the pattern has none by that name (write $$ for a literal $)");
    }
    return index;
  }

  private static int scan(String text, int from, boolean digitsOnly) {
    int j = from;
    while (j < text.length() && (digitsOnly ? isDigit(text.charAt(j)) : isNamePart(text.charAt(j)))) {
      j++;
    }
    return j;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c);
  }
}
