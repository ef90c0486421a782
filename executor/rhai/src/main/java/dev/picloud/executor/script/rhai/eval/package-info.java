/**
 * The evaluator: an executable tree of small final node classes, one per construct, each with
 * {@code eval(Frame)} (SimpleLanguage style). Variables are frame slots; {@code break},
 * {@code continue} and {@code return} are preallocated stackless signals.
 */
package dev.picloud.executor.script.rhai.eval;
