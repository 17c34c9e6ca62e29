/**
 * Billing's services, one use case each: company settings, subscriptions and their daily advance, the monthly run
 * ({@code MonthlyRun}, {@code InvoiceRunService}, generators in {@code generation}), drafts, issue and numbering,
 * payments, credit notes, queries; the hourly {@code BillingTimer} only delegates.
 */
package fr.guichet.billing.service;
