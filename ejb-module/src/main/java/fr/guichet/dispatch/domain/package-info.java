/**
 * The dispatch feature's domain: registered LLM providers, their API keys (encrypted at rest with AES-256-GCM
 * under a master key, resolved personal &gt; tenant &gt; global), and the model catalogue with its price history.
 */
package fr.guichet.dispatch.domain;
