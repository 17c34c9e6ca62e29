/** Persistence of client API keys (always looked up within a tenant or by keyed hash) and of plans. */
package fr.guichet.access.repository;
