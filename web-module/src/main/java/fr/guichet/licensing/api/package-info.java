/**
 * Licensing over REST: operators generate, list, revoke, suspend, reinstate and extend license keys
 * ({@code /api/admin/licenses}); anyone checks a key and signed-in tenant users activate one ({@code /api/licenses}).
 * Keys travel in request bodies only, never in URLs.
 */
package fr.guichet.licensing.api;
