/** Scripts and their immutable versions: create, change (a new version each time), roll back, validate, delete. */
package dev.picloud.manager.script;
