/** Billing's repositories: queries over subscriptions, invoices, payments, settings and number series. */
package fr.guichet.billing.repository;
