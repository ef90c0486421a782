/**
 * Serves the web dashboard (the single-page app built by the {@code dashboard} module and packed into its jar under
 * {@code dashboard/}) under {@code /admin/}: static files with their content types, long caching for hashed assets,
 * and {@code index.html} for every other path so that the app's own router can take over.
 */
package dev.picloud.manager.dashboard;
