/** The syntax tree: immutable records, one per construct, each with its source position. No behaviour. */
package dev.picloud.executor.script.rhai.ast;
