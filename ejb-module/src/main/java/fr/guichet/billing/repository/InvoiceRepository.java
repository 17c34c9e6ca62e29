package fr.guichet.billing.repository;

import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceFile;
import fr.guichet.billing.domain.InvoiceStatus;
import fr.guichet.billing.domain.Payment;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Invoices, credit notes, their files and payments. Runs inside the caller's transaction. */
@ApplicationScoped
public class InvoiceRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(Invoice invoice) {
        em.persist(invoice);
    }

    public void add(Payment payment) {
        em.persist(payment);
    }

    public void add(InvoiceFile file) {
        em.persist(file);
    }

    public void remove(Invoice invoice) {
        em.remove(invoice);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Invoice> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Invoice.class, id));
    }

    public Optional<Invoice> findForUpdate(String id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(em.find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<InvoiceFile> file(String invoiceId) {
        return Optional.ofNullable(em.find(InvoiceFile.class, invoiceId));
    }

    public void add(fr.guichet.billing.domain.PaymentEvent event) {
        em.persist(event);
    }

    /** The event a provider sent under this id, if it was received already. */
    public Optional<fr.guichet.billing.domain.PaymentEvent> paymentEvent(String provider, String eventId) {
        return em.createQuery(
                        "select e from PaymentEvent e where e.provider = :provider and e.eventId = :id",
                        fr.guichet.billing.domain.PaymentEvent.class)
                .setParameter("provider", provider)
                .setParameter("id", eventId)
                .getResultStream()
                .findFirst();
    }

    /** Providers' events, newest first. */
    public fr.guichet.common.domain.Page<fr.guichet.billing.domain.PaymentEvent> paymentEvents(
            String provider, fr.guichet.common.domain.PageRequest page) {
        String where = provider == null ? "" : " where e.provider = :provider";
        TypedQuery<fr.guichet.billing.domain.PaymentEvent> query = em.createQuery(
                "select e from PaymentEvent e" + where + " order by e.receivedAt desc",
                fr.guichet.billing.domain.PaymentEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from PaymentEvent e" + where, Long.class);
        if (provider != null) {
            query.setParameter("provider", provider);
            count.setParameter("provider", provider);
        }
        return new fr.guichet.common.domain.Page<>(
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                page.page(),
                page.size(),
                count.getSingleResult());
    }

    public Optional<Payment> payment(String id) {
        return Optional.ofNullable(em.find(Payment.class, id));
    }

    public List<Payment> payments(String invoiceId) {
        return em.createQuery(
                        "select p from Payment p where p.invoiceId = :id order by p.receivedOn, p.recordedAt",
                        Payment.class)
                .setParameter("id", invoiceId)
                .getResultList();
    }

    public List<Invoice> creditNotesOf(String invoiceId) {
        return em.createQuery(
                        "select i from Invoice i where i.creditedInvoiceId = :id order by i.createdAt", Invoice.class)
                .setParameter("id", invoiceId)
                .getResultList();
    }

    /** Invoices matching the filter, newest first; the status is derived from payments and the due date. */
    public Page<Invoice> search(InvoiceFilter filter, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.tenantId() != null) {
            where.append(" and i.tenantId = :tenant");
            params.put("tenant", filter.tenantId());
        }
        if (filter.issuedOnly()) {
            where.append(" and i.issueDate is not null");
        }
        if (filter.kind() != null) {
            where.append(" and i.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.number() != null) {
            where.append(" and i.number like :number");
            params.put("number", filter.number().replace("%", "").replace("_", "") + "%");
        }
        if (filter.from() != null) {
            where.append(" and i.issueDate >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and i.issueDate <= :to");
            params.put("to", filter.to());
        }
        if (filter.servedFrom() != null) {
            // Overlap; an invoice without a service period stands for its issue (or creation) day.
            where.append(" and coalesce(i.periodEnd, i.issueDate) >= :servedFrom"
                    + " and coalesce(i.periodStart, i.issueDate) <= :servedTo");
            params.put("servedFrom", filter.servedFrom());
            params.put("servedTo", filter.servedTo());
        }
        if (filter.status() != null) {
            where.append(statusClause(filter.status()));
            if (needsToday(filter.status())) {
                params.put("today", today);
            }
        }
        TypedQuery<Invoice> query = em.createQuery(
                "select i from Invoice i" + where
                        + " order by i.issued, i.issueDate desc, i.number desc, i.createdAt desc",
                Invoice.class);
        TypedQuery<Long> count = em.createQuery("select count(i) from Invoice i" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Invoice> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * What is left to pay, as JPQL. One subtraction only: EclipseLink reads {@code a - b - c} as {@code a - (b - c)},
     * which turned a payment into more to pay.
     */
    /**
     * What an invoice {@code i} still owes, in JPQL. Parenthesised: EclipseLink reads {@code a - b - c} as
     * {@code a - (b - c)} (docs/traps.md).
     */
    static final String BALANCE = "(i.totalTtc - (i.prepaid + i.paid + i.credited))";

    private static String statusClause(InvoiceStatus status) {
        String balance = BALANCE;
        String invoice = " and i.issueDate is not null and i.kind = fr.guichet.billing.domain.InvoiceKind.INVOICE";
        String open = invoice + " and " + balance + " > 0";
        return switch (status) {
            case DRAFT -> " and i.issueDate is null";
            case PAID -> invoice + " and " + balance + " <= 0 and i.credited < i.totalTtc";
            case CREDITED -> invoice + " and i.credited >= i.totalTtc";
            case OVERDUE -> open + " and i.dueDate < :today";
            case PARTIALLY_PAID -> open + " and i.paid > 0 and i.dueDate >= :today";
            case ISSUED ->
                " and i.issueDate is not null and (i.kind = fr.guichet.billing.domain.InvoiceKind.CREDIT_NOTE or ("
                        + balance + " > 0 and i.paid = 0 and i.dueDate >= :today))";
        };
    }

    /** Whether the status's clause compares with today. */
    private static boolean needsToday(InvoiceStatus status) {
        return status == InvoiceStatus.OVERDUE
                || status == InvoiceStatus.PARTIALLY_PAID
                || status == InvoiceStatus.ISSUED;
    }

    /** Issued invoices and credit notes of [from, to]: kind, issue date, TTC (stats). */
    public List<Object[]> issuedBetween(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select i.kind, i.issueDate, i.totalTtc from Invoice i where i.issueDate is not null"
                                + " and i.issueDate >= :from and i.issueDate <= :to",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Payments received in [from, to]: day and amount (stats). */
    public List<Object[]> paymentsBetween(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select p.receivedOn, p.amount from Payment p where p.receivedOn >= :from and p.receivedOn <= :to",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** How many issued invoices are in this status, and what they still owe (for paid: what they were). */
    public Object[] statusTotals(InvoiceStatus status, LocalDate today) {
        String amount = status == InvoiceStatus.PAID ? "i.totalTtc" : BALANCE;
        TypedQuery<Object[]> query = em.createQuery(
                "select count(i), sum(" + amount
                        + ") from Invoice i where i.kind = fr.guichet.billing.domain.InvoiceKind.INVOICE"
                        + statusClause(status),
                Object[].class);
        if (needsToday(status)) {
            query.setParameter("today", today);
        }
        return query.getSingleResult();
    }
}
