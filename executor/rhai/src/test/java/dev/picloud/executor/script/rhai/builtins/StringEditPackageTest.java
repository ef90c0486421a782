package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.RhaiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringEditPackageTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      let s = "abc"; s.clear(); s                                 | ""
      let s = " \\u00A0\\u2003 hi \\t\\n\\u3000"; s.trim(); s     | "hi"
      let s = "\\x1c x"; s.trim(); s.len()                        | 3
      let s = "héllo"; s.truncate(2); s                           | "hé"
      let s = "héllo"; s.truncate(0); s                           | ""
      let s = "héllo"; s.truncate(-1); s                          | ""
      let s = "héllo"; s.truncate(99); s                          | "héllo"
      let s = "ab😀"; let c = s.pop(); [s, c]                     | ["ab", 😀]
      let s = ""; s.pop()                                         | ()
      let s = "hello, world!"; let p = s.pop(4); [s, p]           | ["hello, wo", "rld!"]
      let s = "a😀"; let p = s.pop(99); [s, p]                    | ["", "a😀"]
      let s = "abc"; let p = s.pop(0); [s, p]                     | ["abc", ""]
      let s = "hello, world! hello"; s.remove("hello"); s         | ", world! "
      let s = "hello, world! hello"; s.remove('l'); s             | "heo, word! heo"
      let s = "abc"; s.remove(""); s                              | "abc"
      let s = "hello"; s.set(1, 'a'); s                           | "hallo"
      let s = "hello"; s.set(-1, 'X'); s                          | "hellX"
      let s = "hello"; s.set(5, 'x'); s.set(-6, 'x'); s           | "hello"
      let s = "a😀b"; s.set(1, 'x'); s                            | "axb"
      """)
  void inPlaceEdits(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      let s = "hello, world! hello"; s.replace("hello", "hey"); s | "hey, world! hey"
      let s = "hello, world! hello"; s.replace("hello", '*'); s   | "*, world! *"
      let s = "hello"; s.replace('l', "(^)"); s                   | "he(^)(^)o"
      let s = "hello"; s.replace('l', '*'); s                     | "he**o"
      let s = "a😀"; s.replace("", "-"); s                        | "-a-😀-"
      let s = ""; s.replace("", "x"); s                           | ""
      let s = "hello"; s.pad(8, '!'); s                           | "hello!!!"
      let s = "hello"; s.pad(5, '*'); s.pad(-1, '*'); s           | "hello"
      let s = "hello"; s.pad(10, "(!)"); s                        | "hello(!)(!"
      let s = "ab"; s.pad(5, "😀x"); s                            | "ab😀x😀"
      let s = "x"; s.pad(3, ""); s                                | "x"
      let s = "a"; s.append(1); s.append('c'); s.append(()); s.append([1]); s | "a1c[1]"
      let s = "a"; s += 1.5; s += 'c'; s += (); s                 | "a1.5c"
      let b = "hé".to_blob(); "x" + b                             | "xhé"
      let b = "hé".to_blob(); b + "x"                             | "héx"
      let b = "hé".to_blob(); let s = "x"; s += b; s              | "xhé"
      let b = "hé".to_blob(); let s = "x"; s.append(b); s         | "xhé"
      let b = "ab".to_blob(); b[0] = 0xff; "" + b                 | "�b"
      """)
  void replacePadAndAppend(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @Test
  void mutatorsRejectConstantReceivers() {
    RhaiError e = Scripts.error("const s = \"abc\"; s.clear();");
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorNonPureMethodCallOnConstant);
    assertThat(e.rawMessage()).isEqualTo("Non-pure method 'clear' cannot be called on constant");
  }

  @Test
  void padChecksTheTargetLengthAgainstTheSandboxFirst() {
    RhaiError tooLong =
        Scripts.error("let s = \"x\"; s.pad(100, 'y');", Limits.DEFAULT.withSizes(10, 0, 0));
    assertThat(tooLong.kind()).isEqualTo(ErrorKind.ErrorDataTooLarge);
    assertThat(tooLong.rawMessage()).isEqualTo("Length of string too large");
    RhaiError huge = Scripts.error("let s = \"\"; s.pad(1_000_000_000_000, 'y');");
    assertThat(huge.kind()).isEqualTo(ErrorKind.ErrorMemoryLimit);
    RhaiError unlimited = Scripts.error("let s = \"\"; s.pad(1_000_000_000_000, \"ab\");",
        Limits.DEFAULT.withMaxMemoryBytes(0));
    assertThat(unlimited.kind()).isEqualTo(ErrorKind.ErrorDataTooLarge);
  }

  @Test
  void growingEditsAreCheckedAgainstTheStringLimit() {
    Limits small = Limits.DEFAULT.withSizes(10, 0, 0);
    assertThat(Scripts.error("let s = \"aaaa\"; s.replace(\"a\", \"bbb\");", small).kind())
        .isEqualTo(ErrorKind.ErrorDataTooLarge);
    assertThat(Scripts.error("let s = \"aaaaaa\"; s.append(\"bbbbbb\");", small).kind())
        .isEqualTo(ErrorKind.ErrorDataTooLarge);
  }
}
