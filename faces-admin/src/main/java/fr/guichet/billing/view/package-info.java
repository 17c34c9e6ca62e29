/**
 * Billing in the console: the invoice list ({@code /billing/invoices.xhtml}), one invoice with its actions
 * ({@code /billing/invoice.xhtml}), the company on the invoices ({@code /billing/company.xhtml}).
 */
package fr.guichet.billing.view;
