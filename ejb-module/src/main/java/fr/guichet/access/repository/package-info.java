/**
 * Persistence of client API keys (looked up within a tenant, by keyed hash, or by id for usage reports, which
 * name a key only under its own tenant) and of plans.
 */
package fr.guichet.access.repository;
