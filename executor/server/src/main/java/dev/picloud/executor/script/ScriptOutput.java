package dev.picloud.executor.script;

/** Where a script's log lines go ({@code log::info}, {@code print}, {@code debug}). */
public interface ScriptOutput {
  /**
   * Records one line.
   *
   * @param level {@code debug}, {@code info}, {@code warn}, {@code error} or {@code print}
   * @param message the text
   * @param data optional structured data (plain Java value) or null
   */
  void log(String level, String message, Object data);
}
