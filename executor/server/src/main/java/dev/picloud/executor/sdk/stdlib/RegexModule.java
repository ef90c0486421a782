package dev.picloud.executor.sdk.stdlib;

import static dev.picloud.executor.sdk.SdkParam.param;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.picloud.executor.sdk.SdkContext;
import dev.picloud.executor.sdk.SdkException;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.sdk.SdkParam;
import dev.picloud.executor.sdk.SdkType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code regex::}: RE2 regular expressions (linear time, no lookaround or backreferences), pattern first, then text.
 * Searches are unanchored; {@code ^}/{@code $} anchor. Patterns are cached across runs.
 */
public final class RegexModule implements SdkModule {
  /** Longest text searched, in characters (also the longest replacement). */
  static final int MAX_TEXT_CHARS = 1 << 20;
  /** Longest result of a replace, in characters. */
  static final int MAX_RESULT_CHARS = 4 << 20;
  private static final int CACHE_SIZE = 256;

  private static final List<SdkParam> PATTERN_TEXT =
      List.of(param("pattern", SdkType.STRING), param("text", SdkType.STRING));
  private static final List<SdkParam> PATTERN_TEXT_REPLACEMENT =
      List.of(param("pattern", SdkType.STRING), param("text", SdkType.STRING), param("replacement", SdkType.STRING));

  private final RegexPatterns patterns = new RegexPatterns(CACHE_SIZE);

  @Override
  public String name() {
    return "regex";
  }

  @Override
  public void define(Builder m) {
    m.function(
        "is_match", SdkType.BOOL, "Whether the pattern matches anywhere in the text.", PATTERN_TEXT,
        (ctx, a) -> matcher(ctx, "is_match", a).find());
    m.function(
        "find", SdkType.ANY, "The first match as a string, or () when there is none.", PATTERN_TEXT,
        (ctx, a) -> {
          Matcher matcher = matcher(ctx, "find", a);
          return matcher.find() ? matcher.group() : null;
        });
    m.function(
        "find_all", SdkType.ARRAY, "Every non-overlapping match, as an array of strings.", PATTERN_TEXT,
        (ctx, a) -> {
          Matcher matcher = matcher(ctx, "find_all", a);
          List<Object> found = new ArrayList<>();
          while (matcher.find()) {
            found.add(matcher.group());
          }
          return found;
        });
    m.function(
        "captures", SdkType.ANY,
        "The groups of the first match as a map (\"0\" the whole match, \"1\"... and names; () for a group that did"
            + " not take part), or () when there is no match.",
        PATTERN_TEXT,
        (ctx, a) -> {
          Matcher matcher = matcher(ctx, "captures", a);
          return matcher.find() ? groups(matcher) : null;
        });
    m.function(
        "captures_all", SdkType.ARRAY, "The groups of every match, as an array of maps like captures returns.",
        PATTERN_TEXT,
        (ctx, a) -> {
          Matcher matcher = matcher(ctx, "captures_all", a);
          List<Object> all = new ArrayList<>();
          while (matcher.find()) {
            all.add(groups(matcher));
          }
          return all;
        });
    m.function(
        "replace", SdkType.STRING,
        "The text with the first match replaced ($1, ${name} insert groups; $$ is a literal $).",
        PATTERN_TEXT_REPLACEMENT, (ctx, a) -> replace(ctx, "replace", a, false));
    m.function(
        "replace_all", SdkType.STRING, "The text with every match replaced, as replace does for the first.",
        PATTERN_TEXT_REPLACEMENT, (ctx, a) -> replace(ctx, "replace_all", a, true));
    m.function(
        "split", SdkType.ARRAY, "The pieces of the text between matches, empty pieces included.", PATTERN_TEXT,
        (ctx, a) -> split(ctx, a));
    m.function(
        "escape", SdkType.STRING, "The text with every special character escaped, to match it literally.",
        List.of(param("text", SdkType.STRING)),
        (ctx, a) -> Pattern.quote(text("escape", a.get(0), "text")));
  }

  private Matcher matcher(SdkContext ctx, String function, List<Object> args) {
    Pattern pattern = patterns.compile("regex::" + function, (String) args.get(0));
    return pattern.matcher(new DeadlineText(text(function, args.get(1), "text"), ctx));
  }

  private static String text(String function, Object value, String what) {
    String text = (String) value;
    if (text.length() > MAX_TEXT_CHARS) {
      throw new SdkException(
          "regex::" + function + ": the " + what + " is " + text.length() + " characters long; the limit is "
              + MAX_TEXT_CHARS);
    }
    return text;
  }

  private static Map<String, Object> groups(Matcher matcher) {
    Map<String, Object> groups = new HashMap<>();
    for (int g = 0; g <= matcher.groupCount(); g++) {
      groups.put(Integer.toString(g), matcher.group(g));
    }
    for (Map.Entry<String, Integer> named : matcher.pattern().namedGroups().entrySet()) {
      groups.put(named.getKey(), matcher.group(named.getValue()));
    }
    return groups;
  }

  private Object replace(SdkContext ctx, String function, List<Object> args, boolean all) {
    Matcher matcher = matcher(ctx, function, args);
    String text = (String) args.get(1);
    Replacement replacement =
        Replacement.parse("regex::" + function, text(function, args.get(2), "replacement"), matcher.pattern());
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (matcher.find()) {
      out.append(text, last, matcher.start());
      replacement.appendTo(out, matcher);
      last = matcher.end();
      if (out.length() > MAX_RESULT_CHARS) {
        throw new SdkException(
            "regex::" + function + ": the result would be longer than " + MAX_RESULT_CHARS + " characters");
      }
      if (!all) {
        break;
      }
    }
    out.append(text, last, text.length());
    if (out.length() > MAX_RESULT_CHARS) {
      throw new SdkException(
          "regex::" + function + ": the result would be longer than " + MAX_RESULT_CHARS + " characters");
    }
    return out.toString();
  }

  private Object split(SdkContext ctx, List<Object> args) {
    Matcher matcher = matcher(ctx, "split", args);
    String text = (String) args.get(1);
    List<Object> pieces = new ArrayList<>();
    int last = 0;
    while (matcher.find()) {
      pieces.add(text.substring(last, matcher.start()));
      last = matcher.end();
    }
    pieces.add(text.substring(last));
    return pieces;
  }
}
