/** Lexical analysis: turns Rhai source text into {@link dev.picloud.executor.script.rhai.lex.Token}s. */
package dev.picloud.executor.script.rhai.lex;
