/**
 * Dispatch services: the provider registry, provider keys (set, listed masked, resolved personal &gt; tenant
 * &gt; global for a call), the master keys that protect them, and the model catalogue with its prices.
 */
package fr.guichet.dispatch.service;
