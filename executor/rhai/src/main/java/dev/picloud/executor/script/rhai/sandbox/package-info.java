/** The run budget: operation count, deadline and interruption, memory and size checks (STYLE §8.6). */
package dev.picloud.executor.script.rhai.sandbox;
