/** JSON through jakarta.json (Parsson): conversion between JSON and plain Java values, parsing and writing. */
package dev.picloud.common.json;
