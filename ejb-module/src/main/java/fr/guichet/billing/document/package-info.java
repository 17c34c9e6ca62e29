/**
 * The documents of billing: an issued invoice or credit note ({@link fr.guichet.billing.document.InvoiceDocument})
 * rendered once as a PDF/A-3 with its Factur-X (EN 16931) XML embedded, stored and never rendered again.
 *
 * <p>{@link fr.guichet.billing.document.InvoicePdf} is the entry point. Beside it: {@code PdfLabels} (the words and
 * number styles of French and English), {@code InvoiceSheet} (what the page prints, mandatory mentions included),
 * {@code InvoiceReport} (JasperReports, from the template compiled at build time), {@code FacturX} (the mapping to
 * Mustang's model) and {@code FacturXTotals} (the XML's totals checked against the document's).
 */
package fr.guichet.billing.document;
