package dev.picloud.executor.script.rhai;

/** Receives a script's {@code print} and {@code debug} output. Implementations must be thread-safe if shared. */
public interface OutputSink {
  /** Text of one {@code print} call (no trailing newline). */
  void print(String text);

  /**
   * Text of one {@code debug} call (no trailing newline) and where it was called.
   *
   * @param text the debug text
   * @param source the script's source name, or null
   * @param pos the call position
   */
  void debug(String text, String source, Position pos);

  /** Standard output, formatted as Rhai's default callbacks ({@code L:C | text} for debug). */
  OutputSink STDOUT = to(System.out);

  /** Writes Rhai's default format to {@code out}. */
  static OutputSink to(java.io.PrintStream out) {
    return new OutputSink() {
      @Override
      public void print(String text) {
        out.println(text);
      }

      @Override
      public void debug(String text, String source, Position pos) {
        String where = pos.isNone() ? "" : pos.column() == 0 ? pos.line() + "" : pos.line() + ":" + pos.column();
        if (source != null && !where.isEmpty()) {
          out.println(source + " @ " + where + " | " + text);
        } else if (!where.isEmpty()) {
          out.println(where + " | " + text);
        } else {
          out.println(text);
        }
      }
    };
  }
}
