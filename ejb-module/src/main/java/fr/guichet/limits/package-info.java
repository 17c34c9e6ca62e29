/**
 * Limits on the chat path: a tenant's monthly quotas (requests, tokens, EUR), per-minute rate limits, and the
 * alerts they raise. Every decision is made before a provider is called, and is exact across servers that share
 * the database.
 */
package fr.guichet.limits;
