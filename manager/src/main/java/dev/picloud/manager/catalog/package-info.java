/** The manager's side of the catalog seam: reading scripts and the routing table, and publishing changes. */
package dev.picloud.manager.catalog;
