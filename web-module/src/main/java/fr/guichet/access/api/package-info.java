/**
 * REST for client API keys and plans. API keys: operators under {@code /api/admin/tenants/{id}/api-keys},
 * tenant admins under {@code /api/portal/api-keys}; secrets appear once, in the answer that creates them; lists
 * are masked. Plans: operators under {@code /api/admin/plans}, with each plan's provider chain.
 */
package fr.guichet.access.api;
