/** Routes: binding an app's (host, method, path) to a script, with validation, conflict refusal and match explanation. */
package dev.picloud.manager.route;
