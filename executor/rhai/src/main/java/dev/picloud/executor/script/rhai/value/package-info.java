/** The script value model: Java classes for Rhai's dynamic values, their type names and text forms. */
package dev.picloud.executor.script.rhai.value;
