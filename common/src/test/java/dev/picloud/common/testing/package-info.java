/** Test fixtures shared by every module (published as the common test-jar): a fresh real-PostgreSQL database per class. */
package dev.picloud.common.testing;
