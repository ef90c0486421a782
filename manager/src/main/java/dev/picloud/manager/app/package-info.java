/** Apps: the unit of ownership (scripts, routes, domains, data), with the host patterns they claim. */
package dev.picloud.manager.app;
