/**
 * Persistence of client API keys (looked up within a tenant, by keyed hash, or by id for usage reports, which
 * check the tenant themselves) and of plans.
 */
package fr.guichet.access.repository;
