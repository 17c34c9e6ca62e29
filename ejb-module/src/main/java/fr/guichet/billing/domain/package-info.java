/**
 * Billing's domain: the operator's company profile, plan pricing, subscriptions and their periods, invoices and
 * credit notes with their lines and totals, legal number series, payments and credit balances. Money is
 * {@link fr.guichet.common.domain.Money}; dates of periods and invoices are days in a zone, never instants.
 */
package fr.guichet.billing.domain;
