/**
 * The sync with the operator's Dolibarr ERP: every client becomes a third party, every issued invoice and credit
 * note a validated Dolibarr invoice, every payment a Dolibarr payment, with nothing typed twice. Each change writes
 * an {@link fr.guichet.billing.erp.ErpTask} in its own transaction; {@link fr.guichet.billing.erp.ErpWorker} sends
 * them in order per tenant, one server at a time for a tenant, and every step looks Dolibarr up before it creates
 * anything, so a retry never makes a second object. {@link fr.guichet.billing.erp.Dolibarr} speaks Dolibarr's REST
 * API and its quirks (404 for an empty list, 304 for "already validated", numbers as strings).
 */
package fr.guichet.billing.erp;
