package dev.picloud.executor.script.rhai.cli;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.OutputSink;
import dev.picloud.executor.script.rhai.RhaiEngine;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiParseError;
import dev.picloud.executor.script.rhai.RhaiScript;
import dev.picloud.executor.script.rhai.RunOptions;
import dev.picloud.executor.script.rhai.builtins.Json;
import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs cases of the conformance corpus ({@code shared/conformance/*.jsonl}, format in its
 * README): {@code api} eval/run/compile, the {@code eval_type} check ({@code
 * ErrorMismatchOutputType}), float {@code tolerance}, {@code element_type}, {@code parse_ok} and
 * BLOB values. Used by {@code rhai-run --corpus} and by {@code RhaiConformanceTest}.
 */
public final class ConformanceRunner {
  private final RhaiEngine engine;
  private final OutputSink output;

  /** Creates a runner with a standard engine; scripts' output goes to {@code out}. */
  public ConformanceRunner(PrintStream out) {
    this.engine = RhaiEngine.create();
    this.output = OutputSink.to(out);
  }

  /** Reads all cases of a JSONL file as maps. */
  public static List<RhaiMap> readCases(Path file) throws IOException {
    List<RhaiMap> cases = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        cases.add((RhaiMap) Json.parse(line));
      }
    }
    return cases;
  }

  private static String str(RhaiMap m, String k) {
    Object v = m.get(k);
    return v instanceof String s ? s : null;
  }

  /** Runs one case. */
  public CaseResult run(RhaiMap c) {
    String id = str(c, "id");
    String script = str(c, "script");
    String api = str(c, "api");
    RhaiMap expect = (RhaiMap) c.get("expect");
    String kind = str(expect, "kind");
    String evalType = str(c, "eval_type");
    Limits limits = Limits.DEFAULT.withTimeout(Duration.ofSeconds(10));
    String outcome;
    Object value = null;
    String error = null;
    String message = null;
    try {
      RhaiScript compiled = engine.compile(script);
      if ("compile".equals(api)) {
        outcome = "value";
        value = Unit.INSTANCE;
      } else {
        value = engine.run(compiled, RunOptions.defaults().withLimits(limits).withOutput(output));
        if ("eval".equals(api) && evalType != null && !typeMatches(evalType, value)) {
          throw RhaiError.of(ErrorKind.ErrorMismatchOutputType,
              "Output type incorrect: " + Values.typeName(value) + " (expecting " + evalType + ")",
              dev.picloud.executor.script.rhai.Position.NONE);
        }
        outcome = "value";
      }
    } catch (RhaiParseError e) {
      outcome = "parse_error";
      error = e.type().name();
      message = e.getMessage();
      value = null;
    } catch (RhaiError e) {
      outcome = "runtime_error";
      error = e.kind().name();
      message = e.getMessage();
      value = null;
    } catch (RuntimeException | StackOverflowError e) {
      outcome = "runtime_error";
      error = "Internal:" + e.getClass().getSimpleName();
      message = String.valueOf(e.getMessage());
      value = null;
    }
    String type = value == null ? null : Values.typeName(value);
    String json = null;
    String text = null;
    if (value != null) {
      try {
        json = Json.write(value);
        text = Values.toDisplay(value);
      } catch (RuntimeException | StackOverflowError e) {
        text = "<unprintable>";
      }
    }
    String reason = judge(kind, expect, outcome, value, error, evalType);
    return new CaseResult(id, outcome, type, json, text, error, message, kind, reason == null, reason);
  }

  private static boolean typeMatches(String evalType, Object v) {
    return switch (evalType) {
      case "int" -> v instanceof Long;
      case "float" -> v instanceof Double;
      case "bool" -> v instanceof Boolean;
      case "string" -> v instanceof String;
      case "char" -> v instanceof RhaiChar;
      case "unit" -> v instanceof Unit;
      case "array" -> v instanceof RhaiArray;
      case "map" -> v instanceof RhaiMap;
      case "blob" -> v instanceof RhaiBlob;
      case "fnptr" -> v instanceof FnPtr;
      default -> true;
    };
  }

  private static String judge(String kind, RhaiMap expect, String outcome, Object value,
      String error, String evalType) {
    String want = str(expect, "error");
    switch (kind) {
      case "parse_ok", "ok" -> {
        return outcome.equals("value") ? null : "expected success, got " + outcome + " " + error;
      }
      case "parse_error" -> {
        if (!outcome.equals("parse_error")) {
          return "expected parse error, got " + outcome + " " + error;
        }
        return want == null || want.equals(error) ? null : "expected " + want + ", got " + error;
      }
      case "runtime_error" -> {
        if (!outcome.equals("runtime_error")) {
          return "expected runtime error, got " + outcome + " " + error;
        }
        return want == null || want.equals(error) ? null : "expected " + want + ", got " + error;
      }
      case "value" -> {
        if (!outcome.equals("value")) {
          return "expected value, got " + outcome + " " + error;
        }
        return valueMatches(expect, value);
      }
      default -> {
        return "unknown expectation " + kind;
      }
    }
  }

  private static String valueMatches(RhaiMap expect, Object actual) {
    String type = str(expect, "type");
    Object want = expect.get("value");
    Object tol = expect.get("tolerance");
    boolean ok = switch (type) {
      case "int" -> actual instanceof Long && want instanceof Long && actual.equals(want);
      case "float" -> actual instanceof Double d && floatEq(d, want, tol);
      case "bool", "string" -> actual.equals(want);
      case "char" -> actual instanceof RhaiChar ch && ch.toString().equals(want);
      case "unit" -> actual instanceof Unit;
      case "array" -> actual instanceof RhaiArray a && arrayEq(a, want, str(expect, "element_type"));
      case "blob" -> actual instanceof RhaiBlob b && blobEq(b, want);
      default -> false;
    };
    return ok ? null : "expected " + Values.toDebug(want) + " (" + type + "), got "
        + Values.toDebug(actual) + " (" + Values.typeName(actual) + ")";
  }

  private static boolean floatEq(double d, Object want, Object tol) {
    double w = want instanceof Long l ? l : want instanceof Double x ? x : Double.NaN;
    if (tol instanceof Number t) {
      return Math.abs(d - w) <= t.doubleValue();
    }
    return d == w || (Double.isNaN(d) && Double.isNaN(w));
  }

  private static boolean arrayEq(RhaiArray a, Object want, String elementType) {
    if (!(want instanceof RhaiArray w) || w.size() != a.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Object x = a.get(i);
      Object y = w.get(i);
      if (elementType != null && !typeMatches(elementType, x)) {
        return false;
      }
      if (!elemEq(x, y)) {
        return false;
      }
    }
    return true;
  }

  private static boolean elemEq(Object x, Object y) {
    if (x instanceof RhaiArray a) {
      return arrayEq(a, y, null);
    }
    if (x instanceof RhaiChar c) {
      return y instanceof String s && c.toString().equals(s);
    }
    if (x instanceof Double d && y instanceof Long l) {
      return d == (double) l;
    }
    if (x instanceof Unit) {
      return y instanceof Unit;
    }
    return x.equals(y);
  }

  private static boolean blobEq(RhaiBlob b, Object want) {
    if (!(want instanceof RhaiArray w) || w.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < b.size(); i++) {
      if (!(w.get(i) instanceof Long l) || l != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** One output line of {@code --corpus} for a result. */
  public static String toJsonLine(CaseResult r) {
    RhaiMap m = new RhaiMap();
    m.put("id", r.id());
    m.put("outcome", r.outcome());
    m.put("type", nul(r.type()));
    m.put("json", nul(r.json()));
    m.put("text", nul(r.text()));
    m.put("error", nul(r.error()));
    m.put("message", nul(r.message()));
    m.put("pass", r.pass());
    if (r.reason() != null) {
      m.put("reason", r.reason());
    }
    return Json.write(m);
  }

  private static Object nul(String s) {
    return s == null ? Unit.INSTANCE : s;
  }
}
