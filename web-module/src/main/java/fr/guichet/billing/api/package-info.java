/**
 * Billing's REST API: {@code /api/admin/billing/…} for operators (company settings, plan pricing, subscriptions,
 * invoices, drafts, payments, credit notes, documents, the monthly run) and {@code /api/portal/subscription},
 * {@code /api/portal/invoices} for a tenant's own.
 */
package fr.guichet.billing.api;
