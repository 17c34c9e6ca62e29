/**
 * REST for client API keys: operators under {@code /api/admin/tenants/{id}/api-keys}, tenant admins under
 * {@code /api/portal/api-keys}. Secrets appear once, in the answer that creates them; lists are masked.
 */
package fr.guichet.access.api;
