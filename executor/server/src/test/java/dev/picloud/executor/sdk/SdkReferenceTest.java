package dev.picloud.executor.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.picloud.executor.Engines;
import dev.picloud.executor.invoke.ContextBuilder;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.Header;
import dev.picloud.proto.v1.HttpRequest;
import dev.picloud.proto.v1.InvocationType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/sdk.md is true: every {@code rhai} example runs (and ends with the value its {@code // => expression} line
 * states, the expression being evaluated by the same engine), and the page lists the signature of every SDK function
 * overload, and no function that does not exist.
 */
class SdkReferenceTest {
  private static final Path DOC = Path.of("..", "..", "docs", "sdk.md");
  private static final Pattern FENCE = Pattern.compile("(?m)^```rhai\\n(.*?)^```$", Pattern.DOTALL);
  private static final Pattern SIGNATURE = Pattern.compile("`(\\w+::\\w+\\((?:\\w+: \\w+(?:, )?)*\\))");

  /** One fenced example: where it starts, its source, and the expression after {@code // =>} (or null). */
  private record Example(int line, String source, String expected) {
    String name() {
      String first = source.strip().lines().findFirst().orElse("");
      return "line " + line + ": " + (first.length() > 70 ? first.substring(0, 70) + "…" : first);
    }
  }

  private static String doc() {
    try {
      return Files.readString(DOC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Example> examples(String doc) {
    List<Example> examples = new ArrayList<>();
    Matcher m = FENCE.matcher(doc);
    while (m.find()) {
      int line = (int) doc.substring(0, m.start()).lines().count() + 1;
      List<String> lines = new ArrayList<>(m.group(1).lines().toList());
      String expected = null;
      if (!lines.isEmpty() && lines.getLast().startsWith("// => ")) {
        expected = lines.removeLast().substring("// => ".length());
      }
      examples.add(new Example(line, String.join("\n", lines), expected));
    }
    return examples;
  }

  /** The request the page's examples assume: {@code POST /users/42?verbose=1} to the route {@code /users/:id}. */
  static Map<String, Object> sampleCtx() {
    ExecRequest request =
        ExecRequest.newBuilder()
            .setExecutionId("0b9f3c2e-5d1a-4c7e-9a51-2f0d8c6b4e17")
            .setScriptId("7d2e8f90-3b4c-4a1d-8e6f-5c9b0a1d2e3f")
            .setRequestId("req-1")
            .setInvocationType(InvocationType.INVOCATION_TYPE_HTTP)
            .setRequest(
                HttpRequest.newBuilder()
                    .setMethod("POST")
                    .setPath("/users/42")
                    .addHeaders(Header.newBuilder().setName("Content-Type").setValue("application/json"))
                    .addHeaders(Header.newBuilder().setName("X-Api-Version").setValue("2"))
                    .putQuery("verbose", "1")
                    .putParams("id", "42")
                    .setContentType("application/json")
                    .setBody(ByteString.copyFromUtf8("{\"name\": \"Ann\", \"tags\": [\"admin\"]}")))
            .build();
    return ContextBuilder.build(request, "users", "5e1c7a2b-9d3f-4e8a-b6c0-1f2e3d4c5b6a");
  }

  @TestFactory
  Stream<DynamicTest> everyExampleRunsAndEndsWithItsStatedValue() {
    List<Example> examples = examples(doc());
    assertThat(examples).hasSizeGreaterThan(40);
    return examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check(e)));
  }

  private static void check(Example example) {
    RhaiSnippets rhai = new RhaiSnippets().withCtx(sampleCtx());
    Object actual = rhai.run(example.source());
    if (example.expected() != null) {
      Object expected = new RhaiSnippets().run(example.expected());
      assertThat(comparable(actual)).as(example.name()).isEqualTo(comparable(expected));
    }
  }

  /** Blobs compared by content ({@code byte[]} has identity equality), maps regardless of key order. */
  private static Object comparable(Object value) {
    if (value instanceof byte[] bytes) {
      return "blob:" + HexFormat.of().formatHex(bytes);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SdkReferenceTest::comparable).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new HashMap<>();
      map.forEach((k, v) -> out.put(k, comparable(v)));
      return out;
    }
    return value;
  }

  @Test
  void everyFunctionOverloadIsDocumentedWithItsSignature() {
    String doc = doc();
    for (SdkModule module : Engines.sdk()) {
      for (SdkFunctionDef def : SdkModule.definitions(module)) {
        assertThat(doc).as(def.signature()).contains("`" + def.signature() + " → ");
        String name = def.module() + "::" + def.name();
        assertThat(doc.lines().filter(l -> l.startsWith("### ")).anyMatch(l -> l.matches(".*\\b" + name + "\\b.*")))
            .as(name + " has a heading")
            .isTrue();
      }
    }
  }

  @Test
  void everyDocumentedSignatureExists() {
    Set<String> real = new TreeSet<>();
    for (SdkModule module : Engines.sdk()) {
      SdkModule.definitions(module).forEach(d -> real.add(d.signature()));
    }
    Set<String> documented = new LinkedHashSet<>();
    Matcher m = SIGNATURE.matcher(doc());
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(documented).hasSizeGreaterThan(40);
    assertThat(real).containsAll(documented);
  }
}
