package dev.picloud.common.json;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Parsson's parse errors into short reasons with a trustworthy position. Parsson's messages embed the position
 * ({@code at (line no=1, column no=7, offset=6)}) and name tokens ({@code Invalid token=CURLYCLOSE}); at the end of the
 * input its position is wrong, so there the end of the text is used instead.
 */
final class JsonErrors {
  private static final Pattern LOCATION = Pattern.compile(" at \\(line no=-?\\d+, column no=-?\\d+, offset=-?\\d+\\)");
  private static final Pattern INVALID_TOKEN =
      Pattern.compile("Invalid token=(\\w+)\\. Expected tokens are: \\[([\\w, ]*)]");
  private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected char (-?\\d+)(, expecting '(.)')?");
  private static final Pattern EXPECTED_EOF = Pattern.compile("Expected EOF token, but got (\\w+)");
  private static final String ANY_VALUE = "CURLYOPEN, SQUAREOPEN, STRING, NUMBER, TRUE, FALSE, NULL";
  private static final Map<String, String> TOKENS =
      Map.ofEntries(
          Map.entry("CURLYOPEN", "'{'"),
          Map.entry("CURLYCLOSE", "'}'"),
          Map.entry("SQUAREOPEN", "'['"),
          Map.entry("SQUARECLOSE", "']'"),
          Map.entry("COLON", "':'"),
          Map.entry("COMMA", "','"),
          Map.entry("STRING", "a string"),
          Map.entry("NUMBER", "a number"),
          Map.entry("TRUE", "true"),
          Map.entry("FALSE", "false"),
          Map.entry("NULL", "null"),
          Map.entry("EOF", "the end of the text"));

  private JsonErrors() {}

  static JsonSyntaxException syntaxError(String text, JsonParsingException e) {
    String message = e.getMessage() == null ? "invalid JSON" : LOCATION.matcher(e.getMessage()).replaceAll("");
    if (message.startsWith("Invalid token=EOF") || message.startsWith("Unexpected char -1")) {
      return atEnd(text, "the text ends before the JSON value is complete");
    }
    JsonLocation loc = e.getLocation();
    long line = loc == null ? 0 : Math.max(0, loc.getLineNumber());
    long column = loc == null ? 0 : Math.max(0, loc.getColumnNumber());
    return new JsonSyntaxException(reason(message), line, column);
  }

  private static String reason(String message) {
    Matcher m = INVALID_TOKEN.matcher(message);
    if (m.matches()) {
      String expected = m.group(2).equals(ANY_VALUE) ? "a value" : expected(m.group(2));
      return "unexpected " + token(m.group(1)) + ", expected " + expected;
    }
    m = UNEXPECTED_CHAR.matcher(message);
    if (m.matches()) {
      String found = "unexpected character " + character(Integer.parseInt(m.group(1)));
      return m.group(3) == null ? found : found + ", expected '" + m.group(3) + "'";
    }
    m = EXPECTED_EOF.matcher(message);
    if (m.matches()) {
      return "unexpected " + token(m.group(1)) + " after the JSON value";
    }
    return message;
  }

  private static String expected(String tokens) {
    List<String> names = new ArrayList<>();
    for (String t : tokens.split(",\\s*")) {
      names.add(token(t));
    }
    return String.join(" or ", names);
  }

  private static String token(String name) {
    return TOKENS.getOrDefault(name, name);
  }

  private static String character(int c) {
    return c >= 0x20 && c != 0x7f ? "'" + Character.toString(c) + "'" : String.format("U+%04X", c);
  }

  private static JsonSyntaxException atEnd(String text, String reason) {
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new JsonSyntaxException(reason, line, text.codePointCount(lineStart, text.length()) + 1);
  }
}
