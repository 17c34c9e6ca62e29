/**
 * The documents of billing: an issued invoice or credit note ({@link fr.guichet.billing.document.InvoiceDocument})
 * rendered once as a PDF/A-3 with its Factur-X (EN 16931) XML embedded, stored and never rendered again.
 */
package fr.guichet.billing.document;
