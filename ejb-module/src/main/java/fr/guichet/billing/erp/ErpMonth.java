package fr.guichet.billing.erp;

import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.Payment;
import fr.guichet.billing.repository.InvoiceRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A month of Guichet's books as the reconciliation compares them, read in one short transaction. */
@Stateless
public class ErpMonth {

    @Inject
    ErpRepository repository;

    @Inject
    InvoiceRepository invoices;

    public record Books(List<Issued> issued, List<Paid> payments, Set<String> notSentYet) {}

    /**
     * An issued invoice or credit note: its number, its TTC as a positive amount, and whether nothing is left to pay
     * of it in Guichet (paid, credited, or taken from the client's credit).
     */
    public record Issued(
            String id, String number, boolean creditNote, BigDecimal totalTtc, boolean settled, Long remoteId) {}

    /** A payment and what it paid of its invoice (with the invoice's Dolibarr id once it was synced). */
    public record Paid(String id, String invoiceId, String invoiceNumber, BigDecimal applied, Long invoiceRemoteId) {}

    public Books read(YearMonth period) {
        List<Invoice> month = repository.issuedIn(period.atDay(1), period.atEndOfMonth());
        List<Payment> payments = repository.paymentsIn(period.atDay(1), period.atEndOfMonth());
        Set<String> invoiceIds = new HashSet<>();
        month.forEach(i -> invoiceIds.add(i.id()));
        payments.forEach(p -> invoiceIds.add(p.invoiceId()));
        Map<String, Long> remote = new HashMap<>();
        List<String> linkIds = invoiceIds.stream()
                .map(id -> ErpLink.id(ErpTaskKind.INVOICE, id))
                .toList();
        for (int from = 0; from < linkIds.size(); from += 500) {
            repository
                    .links(linkIds.subList(from, Math.min(linkIds.size(), from + 500)))
                    .forEach(l -> remote.put(l.subjectId(), l.remoteId()));
        }
        List<Issued> issued = new ArrayList<>();
        for (Invoice i : month) {
            issued.add(new Issued(
                    i.id(),
                    i.number().orElseThrow(),
                    i.kind() == InvoiceKind.CREDIT_NOTE,
                    i.totalTtc().amount(),
                    i.kind() == InvoiceKind.INVOICE && !i.balance().isPositive(),
                    remote.get(i.id())));
        }
        List<Paid> paid = new ArrayList<>();
        for (Payment p : payments) {
            BigDecimal applied = p.amount().minus(p.toCredit()).amount();
            if (applied.signum() > 0) {
                String number =
                        invoices.find(p.invoiceId()).flatMap(Invoice::number).orElse(p.invoiceId());
                paid.add(new Paid(p.id(), p.invoiceId(), number, applied, remote.get(p.invoiceId())));
            }
        }
        List<String> subjects = new ArrayList<>();
        issued.forEach(i -> subjects.add(i.id()));
        paid.forEach(p -> subjects.add(p.id()));
        return new Books(issued, paid, repository.notDoneAmong(subjects));
    }
}
