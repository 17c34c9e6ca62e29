/**
 * Payment providers' events (Stripe, Lemon Squeezy): their signatures checked as each provider signs them, their
 * bodies read into what Guichet acts on ({@link fr.guichet.billing.webhook.ProviderEvent}).
 */
package fr.guichet.billing.webhook;
