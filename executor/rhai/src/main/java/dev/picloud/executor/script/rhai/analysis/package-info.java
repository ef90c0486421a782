/** Name resolution: scopes to frame slots, closure captures, function table (SPEC §3, §6). */
package dev.picloud.executor.script.rhai.analysis;
