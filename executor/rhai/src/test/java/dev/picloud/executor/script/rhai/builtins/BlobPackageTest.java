package dev.picloud.executor.script.rhai.builtins;

import static dev.picloud.executor.script.rhai.builtins.Scripts.error;
import static dev.picloud.executor.script.rhai.builtins.Scripts.show;
import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.RhaiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlobPackageTest {
  /** b = [01 02 03 04 05]. */
  private static final String B5 = "let b = blob(); b += 1; b += 2; b += 3; b += 4; b += 5; ";

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      blob()                               | []
      blob(10)                             | [0000000000000000 0000]
      blob(3, 0x142)                       | [424242]
      blob(-5, 1)                          | []
      blob(5, 0x42).to_array()             | [66, 66, 66, 66, 66]
      blob(3, 0x41).as_string()            | "AAA"
      let b = blob(); b.append("hé"); b.append('!'); b | [68c3a921]
      let b = blob(); b.append("hé"); b.as_string() | "hé"
      blob(4).len                          | 4
      blob(4).len()                        | 4
      blob().is_empty                      | true
      blob(1).is_empty()                   | false
      0x142 in blob(3, 0x42)               | true
      blob(3, 0x42).contains(0x41)         | false
      blob(3) == blob(3)                   | true
      blob(3) != blob(3, 1)                | true
      """)
  void constructionAndConversion(String script, String expected) {
    assertThat(show(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      b.get(0)                             | 1
      b.get(-1)                            | 5
      b.get(5)                             | 0
      b.get(-99)                           | 1
      b.set(0, 0x142); b                   | [4202030405]
      b.set(-3, 0); b                      | [0102000405]
      b.set(99, 7); b                      | [0102030405]
      b.push(0x1ff); b                     | [01020304 05ff]
      b.append(blob(2, 9)); b              | [01020304 050909]
      b.insert(2, 0x18); b                 | [01021803 0405]
      b.insert(-1, 9); b                   | [01020304 0905]
      b.insert(-99, 9); b                  | [09010203 0405]
      b.insert(99, 9); b                   | [01020304 0509]
      b.pad(7, 0x118); b                   | [01020304 051818]
      b.pad(3, 9); b                       | [0102030405]
      [b.pop(), b]                         | [5, [01020304]]
      [b.shift(), b]                       | [1, [02030405]]
      [b.remove(1), b]                     | [2, [01030405]]
      [b.remove(-2), b]                    | [4, [01020305]]
      [b.remove(5), b.remove(-6), b]       | [0, 0, [0102030405]]
      b.clear(); b                         | []
      b.truncate(3); b                     | [010203]
      b.truncate(10); b                    | [0102030405]
      b.truncate(-1); b                    | []
      b.chop(3); b                         | [030405]
      b.chop(10); b                        | [0102030405]
      b.chop(0); b                         | []
      b.reverse(); b                       | [0504030201]
      """)
  void accessAndEditing(String script, String expected) {
    assertThat(show(B5 + script).replace(" ", "")).isEqualTo(expected.replace(" ", ""));
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      [b.extract(1, 3), b]                 | [[020304], [0102030405]]
      b.extract(-3, 2)                     | [0304]
      b.extract(-99, 2)                    | [0102]
      b.extract(3, 99)                     | [0405]
      b.extract(5, 1)                      | []
      b.extract(1, 0)                      | []
      b.extract(2)                         | [030405]
      b.extract(-3)                        | [030405]
      b.extract(1..3)                      | [0203]
      b.extract(1..=3)                     | [020304]
      b.extract(3..=1)                     | [04]
      b.extract(-2..2)                     | [0102]
      b.extract(2..)                       | [030405]
      [b.drain(1, 2), b]                   | [[0203], [010405]]
      [b.drain(1..3), b]                   | [[0203], [010405]]
      [b.drain(1..=2), b]                  | [[0203], [010405]]
      [b.drain(-1, 1), b]                  | [[05], [01020304]]
      [b.drain(9, 1), b]                   | [[], [0102030405]]
      [b.retain(1, 2), b]                  | [[010405], [0203]]
      [b.retain(1..4), b]                  | [[0105], [020304]]
      [b.retain(1..=3), b]                 | [[0105], [020304]]
      [b.retain(1, 0), b]                  | [[], [0102030405]]
      [b.retain(9, 1), b]                  | [[0102030405], []]
      [b.split(2), b]                      | [[030405], [0102]]
      [b.split(-1), b]                     | [[05], [01020304]]
      [b.split(0), b]                      | [[0102030405], []]
      [b.split(-99), b]                    | [[0102030405], []]
      [b.split(9), b]                      | [[], [0102030405]]
      b.splice(1, 3, blob(2, 9)); b        | [01090905]
      b.splice(1..3, blob(2, 9)); b        | [0109090405]
      b.splice(1..=3, blob(2, 9)); b       | [01090905]
      b.splice(-2, 9, blob(1, 9)); b       | [01020309]
      b.splice(1, 0, blob(1, 9)); b        | [0102030405 09]
      b.splice(9, 1, blob(1, 9)); b        | [0102030405 09]
      let e = blob(); e.splice(3, 1, b); e | [0102030405]
      """)
  void regions(String script, String expected) {
    assertThat(show(B5 + script).replace(" ", "")).isEqualTo(expected.replace(" ", ""));
  }

  @Test
  void indexing() {
    assertThat(show("let b = blob(3); b[0] = 0x1ff; b[-1] = 5; b[1] += 300; [b, b[0], b[-3]]"))
        .isEqualTo("[[ff2c05], 255, 255]");
    assertThat(error("let b = blob(3); b[3]").rawMessage())
        .isEqualTo("Array index 3 out of bounds: only 3 elements in array");
    RhaiError e = error("let b = blob(3); b[0] = \"x\";");
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorMismatchDataType);
    assertThat(e.rawMessage()).isEqualTo("Data type incorrect: string (expecting INT)");
    assertThat(error("let b = blob(3); b[0] += 0.5;").rawMessage())
        .isEqualTo("Data type incorrect: f64 (expecting INT)");
  }

  @Test
  void copiesKeepValueSemantics() {
    assertThat(show("let a = blob(2, 1); let b = a; b.push(2); b[0] = 7; [a, b]"))
        .isEqualTo("[[0101], [070102]]");
    assertThat(show("let a = blob(3, 1); let b = a; b.pop(); b.insert(0, 9); [a, b]"))
        .isEqualTo("[[010101], [090101]]");
    assertThat(show("let a = blob(3, 1); a.append(a); a")).isEqualTo("[010101010101]");
  }

  @Test
  void mutatingMethodsRejectConstants() {
    RhaiError e = error("const b = blob(3); b.push(1);");
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorNonPureMethodCallOnConstant);
    assertThat(error("const b = blob(3); b.extract(1);").kind())
        .isEqualTo(ErrorKind.ErrorNonPureMethodCallOnConstant);
    assertThat(show("const b = blob(3, 1); [b.get(0), b.len(), b.contains(1)]"))
        .isEqualTo("[1, 3, true]");
  }

  @Test
  void growthIsLimited() {
    Limits small = Limits.DEFAULT.withSizes(0, 10, 0);
    assertThat(error("blob(11)", small).getMessage())
        .isEqualTo("Size of array/BLOB too large (line 1, position 1)");
    assertThat(error("let b = blob(10); b.push(1);", small).kind())
        .isEqualTo(ErrorKind.ErrorDataTooLarge);
    assertThat(error("let b = blob(); b.pad(11, 0);", small).getMessage())
        .isEqualTo("Size of BLOB too large (line 1, position 19)");
    assertThat(error("let b = blob(6); b.append(blob(6));", small).kind())
        .isEqualTo(ErrorKind.ErrorDataTooLarge);
    // The operators grow BLOBs too: `+=` with INT, BLOB, char or string, and `+`.
    for (String grow : new String[] {"b += 1", "b += blob(1)", "b += 'x'", "b += \"x\"",
        "b = b + blob(1)", "b = b + 'x'"}) {
      assertThat(error("let b = blob(10); " + grow + ";", small).kind())
          .as(grow).isEqualTo(ErrorKind.ErrorDataTooLarge);
    }
    Limits tiny = Limits.DEFAULT.withMaxMemoryBytes(1000);
    assertThat(error("blob(5000)", tiny).kind()).isEqualTo(ErrorKind.ErrorMemoryLimit);
    assertThat(error("let b = blob(); b.pad(5000, 1);", tiny).kind())
        .isEqualTo(ErrorKind.ErrorMemoryLimit);
    assertThat(error("blob(9223372036854775807)").kind()).isEqualTo(ErrorKind.ErrorMemoryLimit);
  }
}
