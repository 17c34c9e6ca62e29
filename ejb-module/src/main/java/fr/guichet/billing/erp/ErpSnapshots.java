package fr.guichet.billing.erp;

import fr.guichet.billing.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the sync reads of Guichet for one task, copied in a short transaction and sent outside any. */
final class ErpSnapshots {

    private ErpSnapshots() {}

    /**
     * A client as Dolibarr's third party: its name, address, e-mail, SIREN and VAT number; {@code erased} once its
     * personal data was erased in Guichet (Dolibarr's copy, part of the books, is then left as it is).
     */
    record Party(
            String tenantId,
            String name,
            String email,
            String address,
            String postalCode,
            String city,
            String country,
            String siren,
            String vatNumber,
            boolean erased) {}

    record Line(
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal vatRate,
            LocalDate start,
            LocalDate end) {}

    /** An issued invoice or credit note (with the number of the invoice it corrects). */
    record Invoice(
            String id,
            String tenantId,
            String number,
            boolean creditNote,
            String creditedInvoiceId,
            LocalDate issueDate,
            LocalDate dueDate,
            BigDecimal totalTtc,
            List<Line> lines) {}

    /** A payment, with the amount that went to its invoice (beyond it, to the client's credit). */
    record Payment(
            String id,
            String tenantId,
            String invoiceId,
            LocalDate receivedOn,
            BigDecimal appliedAmount,
            PaymentMethod method,
            String reference) {}
}
