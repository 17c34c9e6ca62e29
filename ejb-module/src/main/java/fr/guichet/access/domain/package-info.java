/**
 * Client API keys and plans. {@link fr.guichet.access.domain.ApiKey} has its lifecycle (active, rotating,
 * expired, revoked), the secret's format and the models a key may use; a key's secret is never stored: only a
 * keyed hash, a visible prefix and its last four characters. {@link fr.guichet.access.domain.Plan} holds what a
 * tenant subscribes to ({@link fr.guichet.access.domain.PlanTerms}) and its
 * {@link fr.guichet.access.domain.ProviderChain provider chain}.
 */
package fr.guichet.access.domain;
