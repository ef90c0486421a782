/** Recursive-descent / precedence-climbing parser producing the {@code ast} records (SPEC §1, §4, §5). */
package dev.picloud.executor.script.rhai.parse;
