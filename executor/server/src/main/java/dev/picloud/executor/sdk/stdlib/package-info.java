/**
 * The stateless SDK modules every script gets: {@code regex}, {@code random}, {@code time}, {@code json}, {@code
 * base64}, {@code hex} and {@code url}. They do no I/O, bound the sizes of what they accept and build, and report a
 * script's mistakes as {@link dev.picloud.executor.sdk.SdkException}s whose messages start with the function's name.
 */
package dev.picloud.executor.sdk.stdlib;
