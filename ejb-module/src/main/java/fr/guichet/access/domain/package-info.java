/**
 * Client API keys: the entity {@link fr.guichet.access.domain.ApiKey} with its lifecycle (active, rotating,
 * expired, revoked), the secret's format and the models a key may use. A key's secret is never stored: only a
 * keyed hash, a visible prefix and its last four characters.
 */
package fr.guichet.access.domain;
