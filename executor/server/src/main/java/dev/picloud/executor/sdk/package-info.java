/**
 * The script SDK, defined once and bound to every language: an {@link dev.picloud.executor.sdk.SdkModule} lists
 * functions with typed parameters over plain Java values ({@code null}, Boolean, Long, Double, String, List, Map,
 * byte[]); engines bind modules under their namespace ({@code regex::is_match(...)} in Rhai). SDK code never sees
 * engine values.
 */
package dev.picloud.executor.sdk;
