package dev.picloud.executor.sdk.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.sdk.RhaiSnippets;
import dev.picloud.executor.script.ScriptError;
import dev.picloud.executor.script.ScriptLimitExceeded;
import dev.picloud.executor.script.ScriptRuntimeError;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code regex::} as scripts see it, run through the real Rhai engine. */
class RegexModuleTest {
  private final RhaiSnippets rhai = new RhaiSnippets();

  /** A Rhai statement that builds {@code "a"} repeated 2^doublings times into {@code s}. */
  private static String as(int doublings) {
    return "let s = \"a\"; for i in 0.." + doublings + " { s += s; } ";
  }

  @Test
  void isMatchSearchesAnywhereUnlessAnchored() {
    assertThat(rhai.run("regex::is_match(#\"\\d+\"#, \"order 66\")")).isEqualTo(true);
    assertThat(rhai.run("regex::is_match(#\"^\\d+$\"#, \"order 66\")")).isEqualTo(false);
    assertThat(rhai.run("regex::is_match(\"(?i)^hello\", \"HeLLo world\")")).isEqualTo(true);
    assertThat(rhai.run("regex::is_match(\"x\", \"\")")).isEqualTo(false);
  }

  @Test
  void findReturnsTheFirstMatchOrUnit() {
    assertThat(rhai.run("regex::find(#\"\\d+\"#, \"a 12 b 345\")")).isEqualTo("12");
    assertThat(rhai.run("regex::find(#\"\\d+\"#, \"none\")")).isNull();
    assertThat(rhai.run("regex::find(#\"\\d+\"#, \"none\") == ()")).isEqualTo(true);
  }

  @Test
  void matchingIsByCodePoint() {
    assertThat(rhai.run("regex::find(\"^.\", \"😀x\")")).isEqualTo("😀");
    assertThat(rhai.run("regex::find_all(#\"\\p{Greek}+\"#, \"abc αβγ def δ\")")).isEqualTo(List.of("αβγ", "δ"));
  }

  @Test
  void findAllReturnsEveryNonOverlappingMatch() {
    assertThat(rhai.run("regex::find_all(#\"\\d+\"#, \"1 22 333\")")).isEqualTo(List.of("1", "22", "333"));
    assertThat(rhai.run("regex::find_all(\"aa\", \"aaaaa\")")).isEqualTo(List.of("aa", "aa"));
    assertThat(rhai.run("regex::find_all(\"x\", \"abc\")")).isEqualTo(List.of());
    assertThat(rhai.run("regex::find_all(\"\", \"abc\")")).isEqualTo(List.of("", "", "", ""));
  }

  @Test
  void capturesGivesNumberedAndNamedGroupsWithUnitForAGroupThatDidNotTakePart() {
    Map<String, Object> expected = new HashMap<>();
    expected.put("0", "2024-");
    expected.put("1", "2024");
    expected.put("2", null);
    expected.put("year", "2024");
    assertThat(rhai.run("regex::captures(#\"(?P<year>\\d{4})-(\\d+)?\"#, \"in 2024-\")")).isEqualTo(expected);
    assertThat(rhai.run("regex::captures(#\"(\\d+)\"#, \"none\")")).isNull();
    assertThat(
            rhai.run(
                "let c = regex::captures(#\"(\\w+)@(\\w+)\"#, \"mail ann@host\"); c[\"1\"] + \" at \" + c[\"2\"]"))
        .isEqualTo("ann at host");
  }

  @Test
  void capturesAllGivesOneMapPerMatch() {
    assertThat(rhai.run("regex::captures_all(#\"(?P<k>\\w+)=(?P<v>\\w*)\"#, \"a=1; b=; c=3\")"))
        .isEqualTo(
            List.of(
                Map.of("0", "a=1", "1", "a", "2", "1", "k", "a", "v", "1"),
                Map.of("0", "b=", "1", "b", "2", "", "k", "b", "v", ""),
                Map.of("0", "c=3", "1", "c", "2", "3", "k", "c", "v", "3")));
    assertThat(rhai.run("regex::captures_all(\"x\", \"abc\")")).isEqualTo(List.of());
  }

  @Test
  void replaceChangesTheFirstMatchAndReplaceAllEveryMatch() {
    assertThat(rhai.run("regex::replace(#\"\\d+\"#, \"1 and 2\", \"#\")")).isEqualTo("# and 2");
    assertThat(rhai.run("regex::replace_all(#\"\\d+\"#, \"1 and 2\", \"#\")")).isEqualTo("# and #");
    assertThat(rhai.run("regex::replace_all(\"x\", \"abc\", \"-\")")).isEqualTo("abc");
    assertThat(rhai.run("regex::replace_all(\"\", \"abc\", \"-\")")).isEqualTo("-a-b-c-");
  }

  @Test
  void replacementsReferToGroupsByNumberAndName() {
    String swap = "regex::replace_all(#\"(?P<user>\\w+)@(?P<host>\\w+)\"#, \"ann@a bob@b\", %s)";
    assertThat(rhai.run(swap.formatted("\"$2:$1\""))).isEqualTo("a:ann b:bob");
    assertThat(rhai.run(swap.formatted("\"${host}/${user}\""))).isEqualTo("a/ann b/bob");
    assertThat(rhai.run(swap.formatted("\"$host-$user\""))).isEqualTo("a-ann b-bob");
    assertThat(rhai.run(swap.formatted("\"${1}0 $1x\""))).isEqualTo("ann0 annx bob0 bobx");
    assertThat(rhai.run(swap.formatted("\"$$1 costs $ 5$\""))).isEqualTo("$1 costs $ 5$ $1 costs $ 5$");
    assertThat(rhai.run("regex::replace(\"(a)|(b)\", \"b\", \"[$1]\")")).isEqualTo("[]");
  }

  @Test
  void aReplacementReferringToAMissingGroupIsAnError() {
    assertThat(rhai.caught("regex::replace(#\"(\\d)\"#, \"1\", \"$2\")"))
        .isEqualTo(
            "regex::replace: the replacement refers to group 2 but the pattern has only 1 (write $$ for a literal $,"
                + " ${1}0 for group 1 followed by 0)");
    assertThat(rhai.caught("regex::replace_all(\"a\", \"a\", \"$1\")"))
        .asString()
        .startsWith("regex::replace_all: the replacement refers to group 1 but the pattern has no groups");
    assertThat(rhai.caught("regex::replace_all(\"(a)\", \"a\", \"${nope}\")"))
        .isEqualTo(
            "regex::replace_all: the replacement refers to a group named \"nope\" but the pattern has none by that"
                + " name (write $$ for a literal $)");
  }

  @Test
  void splitKeepsEmptyPiecesAtBothEnds() {
    assertThat(rhai.run("regex::split(\",\", \"a,b,,c,\")")).isEqualTo(List.of("a", "b", "", "c", ""));
    assertThat(rhai.run("regex::split(#\"\\s*;\\s*\"#, \"x ; y;z\")")).isEqualTo(List.of("x", "y", "z"));
    assertThat(rhai.run("regex::split(\",\", \"\")")).isEqualTo(List.of(""));
    assertThat(rhai.run("regex::split(\"\", \"ab\")")).isEqualTo(List.of("", "a", "b", ""));
  }

  @Test
  void escapeMakesTextMatchLiterally() {
    assertThat(rhai.run("regex::escape(\"1.5*(x)\")")).isEqualTo("1\\.5\\*\\(x\\)");
    assertThat(rhai.run("regex::is_match(\"^\" + regex::escape(\"a.b*\") + \"$\", \"a.b*\")")).isEqualTo(true);
    assertThat(rhai.run("regex::is_match(\"^\" + regex::escape(\"a.b*\") + \"$\", \"axbbb\")")).isEqualTo(false);
  }

  @Test
  void anInvalidPatternIsACatchableErrorNamingThePatternAndTheProblem() {
    assertThat(rhai.caught("regex::find(\"(ab\", \"x\")"))
        .isEqualTo("regex::find: invalid pattern \"(ab\": missing closing )");
    assertThat(rhai.caught("regex::is_match(\"[z-a]\", \"x\")"))
        .isEqualTo("regex::is_match: invalid pattern \"[z-a]\": invalid character class range at \"z-a\"");
    ScriptError uncaught = rhai.error("regex::split(\"*\", \"x\")");
    assertThat(uncaught).isInstanceOf(ScriptRuntimeError.class);
    assertThat(uncaught.kind()).isEqualTo("ErrorRuntime");
    assertThat(uncaught.getMessage())
        .isEqualTo("Runtime error: regex::split: invalid pattern \"*\": missing argument to repetition operator");
    assertThat(uncaught.span().line()).isEqualTo(1);
  }

  @Test
  void lookaroundAndBackreferencesAreRefusedWithAHint() {
    assertThat(rhai.caught("regex::is_match(\"a(?=b)\", \"ab\")"))
        .isEqualTo(
            "regex::is_match: invalid pattern \"a(?=b)\": invalid or unsupported Perl syntax at \"(?=\" (lookaround and"
                + " backreferences are not supported)");
    assertThat(rhai.caught("regex::is_match(#\"(a)\\1\"#, \"aa\")"))
        .asString()
        .endsWith("(lookaround and backreferences are not supported)");
  }

  @Test
  void catastrophicBacktrackingPatternsRunInLinearTime() {
    assertThat(rhai.run(as(17) + "regex::is_match(\"(a+)+$\", s + \"b\")")).isEqualTo(false);
    assertThat(rhai.run(as(17) + "regex::is_match(\"(a|aa)+$\", s + \"b\")")).isEqualTo(false);
    assertThat(rhai.run(as(17) + "regex::is_match(\"^(a+)+$\", s)")).isEqualTo(true);
    assertThat(rhai.run(as(16) + "regex::find_all(\"(a*)*b\", s).len()")).isEqualTo(0L);
  }

  @Test
  void aPatternWhoseRepetitionsMultiplyPastTheLimitIsRefusedBeforeCompiling() {
    assertThat(rhai.caught("regex::is_match(\"((a{1000}){1000}){1000}\", \"a\")"))
        .isEqualTo(
            "regex::is_match: the pattern \"((a{1000}){1000}){1000}\" is too complex (its repetition counts multiply to"
                + " more than 100000 steps)");
    assertThat(rhai.caught("regex::is_match(\"(x{1000}){1000}\", \"a\")")).asString().contains("too complex");
    assertThat(rhai.run("regex::is_match(\"^a{1000}$\", \"a\")")).isEqualTo(false);
  }

  @Test
  void patternsAndTextsHaveSizeLimits() {
    char[] longPattern = new char[RegexPatterns.MAX_PATTERN_CHARS + 1];
    Arrays.fill(longPattern, 'a');
    assertThat(rhai.caught("regex::is_match(\"" + new String(longPattern) + "\", \"a\")"))
        .isEqualTo("regex::is_match: the pattern is 4097 characters long; the limit is 4096");
    assertThat(rhai.caught(as(20) + "regex::is_match(\"b\", s + \"b\")"))
        .isEqualTo("regex::is_match: the text is 1048577 characters long; the limit is 1048576");
    assertThat(rhai.run(as(20) + "regex::is_match(\"b\", s)")).isEqualTo(false);
    assertThat(rhai.caught(as(20) + "regex::replace(\"b\", \"b\", s + \"b\")"))
        .isEqualTo("regex::replace: the replacement is 1048577 characters long; the limit is 1048576");
    assertThat(rhai.caught(as(20) + "regex::replace_all(\"\", s, \"xxxx\")"))
        .isEqualTo("regex::replace_all: the result would be longer than 4194304 characters");
  }

  @Test
  void aLongScanStopsAtTheRunsDeadlineAndCannotBeCaught() {
    String slow =
        as(20) + "try { regex::is_match(\"(a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t){1,1000}z\", s); } catch (e) { }";
    ScriptError e = rhai.withTimeout(Duration.ofMillis(300)).error(slow);
    assertThat(e).isInstanceOfSatisfying(
        ScriptLimitExceeded.class, limit -> assertThat(limit.limit()).isEqualTo(ScriptLimitExceeded.Limit.TIMEOUT));
    assertThat(e.kind()).isEqualTo("ErrorTimeout");
  }

  @Test
  void argumentsOfTheWrongTypeOrNumberAreFunctionNotFound() {
    for (String call :
        List.of(
            "regex::is_match(1, \"a\")",
            "regex::find(\"a\")",
            "regex::replace(\"a\", \"b\")",
            "regex::split(\"a\", 'b')",
            "regex::captures(\"a\", ())")) {
      ScriptError e = rhai.error(call);
      assertThat(e.kind()).as(call).isEqualTo("ErrorFunctionNotFound");
      assertThat(e.getMessage()).as(call).startsWith("Function not found: regex::");
    }
  }
}
