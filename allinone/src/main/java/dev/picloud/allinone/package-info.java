/** The all-in-one launcher: wiring only, the three tiers in one JVM with their in-process seams. */
package dev.picloud.allinone;
