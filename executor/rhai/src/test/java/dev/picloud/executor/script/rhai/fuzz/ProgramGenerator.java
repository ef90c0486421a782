package dev.picloud.executor.script.rhai.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Generates random, mostly well-formed Rhai programs from a seed: statements and expressions of
 * every kind, calls of standard-library functions with arguments of random types, methods,
 * indexing, closures, loops with and without exits. They are meant to reach the evaluator and
 * the libraries with odd but parseable input, not to be meaningful.
 */
final class ProgramGenerator {
  private static final List<String> VARS = List.of("x", "y", "z", "s", "a", "m");
  private static final List<String> FUNCTIONS = List.of("len", "push", "pop", "insert", "remove",
      "sub_string", "split", "index_of", "contains", "pad", "to_string", "to_debug", "to_json",
      "parse_json", "parse_int", "parse_float", "abs", "sign", "min", "max", "range", "keys",
      "values", "map", "filter", "reduce", "sort", "reverse", "extract", "drain", "retain",
      "splice", "chars", "bytes", "to_upper", "trim", "replace", "crop", "truncate", "get", "set",
      "blob", "to_blob", "as_string", "get_bits", "set_bits", "bits", "to_array", "type_of",
      "is_def_var", "is_def_fn", "Fn", "curry", "call", "sqrt", "floor", "to_int", "to_float",
      "to_hex", "timestamp", "append", "mixin", "fill_with", "zip", "dedup", "all", "some",
      "find", "for_each", "tag", "set_tag", "take", "clear", "shift", "chop", "split_rev",
      "write_le", "parse_le_int", "eval", "sleep", "exit", "print", "debug");
  private static final List<String> OPS = List.of("+", "-", "*", "/", "%", "**", "<<", ">>",
      "&", "|", "^", "==", "!=", "<", "<=", ">", ">=", "??", "..", "..=", "in");
  private static final List<String> INITIAL = List.of("1", "2.5", "\"abc\"", "\"x,y\"",
      "[1, 2, 3]", "#{a: 1, b: \"two\"}");

  /** Functions that cannot be called in method style (a parse error, which teaches nothing). */
  private static final List<String> NOT_METHODS = List.of("eval", "print", "debug", "Fn",
      "is_def_var", "is_def_fn", "exit");
  private static final List<String> CONDITIONS = List.of("<", "==", "!=", ">=", "in");

  private final Random r;
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private int loops;
  private List<String> vars = VARS;

  private ProgramGenerator(long seed) {
    this.r = new Random(seed);
  }

  /** A program for {@code seed}. */
  static String generate(long seed) {
    ProgramGenerator g = new ProgramGenerator(seed);
    g.program();
    return g.out.toString();
  }

  private void program() {
    if (r.nextInt(3) == 0) {
      // Inside a function only its parameters are visible.
      vars = List.of("p", "q");
      out.append("fn f(p, q) { ");
      statements(2);
      out.append(" p }\n");
      vars = VARS;
    }
    for (int i = 0; i < VARS.size(); i++) {
      out.append("let ").append(VARS.get(i)).append(" = ")
          .append(INITIAL.get(r.nextInt(INITIAL.size()))).append(";\n");
    }
    statements(3 + r.nextInt(6));
    expr(2);
    out.append('\n');
  }

  private void statements(int n) {
    for (int i = 0; i < n; i++) {
      statement();
      out.append('\n');
    }
  }

  private void statement() {
    depth++;
    try {
      if (depth > 4) {
        expr(1);
        out.append(';');
        return;
      }
      switch (r.nextInt(12)) {
        case 0 -> {
          out.append("let ").append(pick(vars)).append(" = ");
          expr(2);
          out.append(';');
        }
        case 1 -> {
          out.append(pick(vars)).append(pick(List.of(" = ", " += ", " -= ", " *= ", " /= ")));
          expr(2);
          out.append(';');
        }
        case 2 -> {
          out.append("if ");
          condition();
          out.append(" { ");
          statement();
          out.append(" } else { ");
          statement();
          out.append(" }");
        }
        case 3 -> {
          out.append("for ").append(pick(vars)).append(" in ");
          iterable();
          out.append(" { ");
          loopBody();
          out.append(" }");
        }
        case 4 -> {
          out.append("while ");
          condition();
          out.append(" { ");
          loopBody();
          out.append(r.nextBoolean() ? " break; }" : " }");
        }
        case 5 -> {
          out.append("try { ");
          statement();
          out.append(" } catch (e) { ");
          statement();
          out.append(" }");
        }
        case 6 -> {
          out.append(pick(vars)).append('[');
          expr(1);
          out.append("] = ");
          expr(1);
          out.append(';');
        }
        case 7 -> {
          out.append(pick(vars)).append('.').append(method()).append('(');
          args();
          out.append(");");
        }
        case 8 -> {
          out.append("loop { ");
          loopBody();
          out.append(" if ");
          condition();
          out.append(" { break; } }");
        }
        case 9 -> out.append(loops > 0 ? pick(List.of("throw 1;", "return 2;", "continue;",
            "break;")) : pick(List.of("throw 1;", "return 2;", "throw;")));
        default -> {
          expr(3);
          out.append(';');
        }
      }
    } finally {
      depth--;
    }
  }

  private void args() {
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(", ");
      }
      expr(1);
    }
  }

  private void expr(int budget) {
    if (budget <= 0 || r.nextInt(4) == 0) {
      atom();
      return;
    }
    switch (r.nextInt(11)) {
      case 0, 1 -> {
        out.append('(');
        expr(budget - 1);
        out.append(' ').append(pick(OPS)).append(' ');
        expr(budget - 1);
        out.append(')');
      }
      case 2 -> {
        out.append(pick(FUNCTIONS)).append('(');
        args();
        out.append(')');
      }
      case 3 -> {
        out.append('(');
        expr(budget - 1);
        out.append(").").append(method()).append('(');
        args();
        out.append(')');
      }
      case 4 -> {
        out.append(pick(vars)).append('[');
        expr(budget - 1);
        out.append(']');
      }
      case 5 -> {
        out.append('[');
        args();
        out.append(']');
      }
      case 6 -> {
        out.append("#{a: ");
        expr(budget - 1);
        out.append(", b: ");
        expr(budget - 1);
        out.append('}');
      }
      case 7 -> {
        out.append("|v| ");
        expr(budget - 1);
      }
      case 8 -> {
        out.append("if ");
        condition();
        out.append(" { ");
        expr(budget - 1);
        out.append(" } else { ");
        expr(budget - 1);
        out.append(" }");
      }
      case 9 -> {
        out.append(pick(List.of("-", "!", "+"))).append('(');
        expr(budget - 1);
        out.append(')');
      }
      default -> {
        out.append(pick(vars));
        out.append('.').append(pick(List.of("len", "a", "b", "tag", "start", "end", "is_empty")));
      }
    }
  }

  private void atom() {
    switch (r.nextInt(14)) {
      case 0 -> out.append(r.nextInt(200) - 100);
      case 1 -> out.append(pick(List.of("9223372036854775807", "-9223372036854775808", "0", "-1",
          "64", "1_000_000")));
      case 2 -> out.append(pick(List.of("1.5", "-0.0", "1e308", "3.14159", "1e-300")));
      case 3 -> out.append(pick(List.of("\"\"", "\"abc\"", "\"héllo wörld\"", "\"a,b,,c\"",
          "\"😀x\"", "\"{\\\"a\\\":1}\"", "\"12\"")));
      case 4 -> out.append(pick(List.of("'a'", "'😀'", "'\\n'")));
      case 5 -> out.append(pick(List.of("true", "false", "()")));
      case 6 -> out.append(pick(List.of("`x${x}y`", "`${s}`")));
      case 7 -> out.append(pick(List.of("(0..5)", "(-3..=3)", "(10..)", "(..2)")));
      case 8 -> out.append(pick(List.of("Fn(\"f\")", "Fn(\"len\")", "|| 1", "f")));
      case 9 -> out.append(pick(List.of("global::x", "m.a", "a[0]", "s.len()")));
      default -> out.append(pick(vars));
    }
  }

  private void condition() {
    out.append('(');
    expr(1);
    out.append(' ').append(pick(CONDITIONS)).append(' ');
    expr(1);
    out.append(')');
    if (r.nextInt(5) == 0) {
      out.append(r.nextBoolean() ? " && " : " || ");
      condition();
    }
  }

  private void iterable() {
    switch (r.nextInt(4)) {
      case 0 -> out.append(pick(vars));
      case 1 -> out.append(pick(List.of("0..5", "range(0, 10, 3)", "a", "s.chars()")));
      case 2 -> {
        out.append('[');
        args();
        out.append(']');
      }
      default -> {
        out.append('(');
        expr(1);
        out.append(')');
      }
    }
  }

  private void loopBody() {
    loops++;
    try {
      statement();
    } finally {
      loops--;
    }
  }

  private String method() {
    String m = pick(FUNCTIONS);
    return NOT_METHODS.contains(m) ? "len" : m;
  }

  private <T> T pick(List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
