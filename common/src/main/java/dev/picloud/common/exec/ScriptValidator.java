package dev.picloud.common.exec;

import java.util.Optional;
import java.util.Set;

/**
 * Checks that a script compiles, without running it. The engines live in the executor; the manager validates every
 * save through this seam (in-process in the all-in-one).
 */
public interface ScriptValidator {
  /** Languages that can be validated (and run). */
  Set<String> languages();

  /**
   * Compiles {@code source}.
   *
   * @return empty when it compiles, else the first problem
   */
  Optional<SyntaxProblem> validate(String language, String source);

  /**
   * Why a script does not compile.
   *
   * @param kind the engine's error kind (e.g. {@code MissingRightParen})
   * @param message the engine's message
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   */
  record SyntaxProblem(String kind, String message, int line, int column) {}
}
