/** Persistence of client API keys, always looked up within a tenant or by keyed hash. */
package fr.guichet.access.repository;
