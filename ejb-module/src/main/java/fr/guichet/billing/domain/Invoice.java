package fr.guichet.billing.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An invoice or a credit note. A draft has no number and may be edited; issuing gives it its legal number and
 * freezes it — from then on only payments and credit notes change what is left to pay, never its lines, buyer or
 * totals. The totals are computed from the lines ({@link InvoiceTotals}), never given.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private InvoiceKind kind;

    @Column(name = "issued", nullable = false)
    private boolean issued;

    @Column(name = "number")
    private String number;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "subscription_id", updatable = false)
    private String subscriptionId;

    /** Unique: one invoice per subscription and period, however often the monthly run runs. */
    @Column(name = "run_key", updatable = false)
    private String runKey;

    @Column(name = "credited_invoice_id", updatable = false)
    private String creditedInvoiceId;

    @Column(name = "language", nullable = false)
    private String language;

    @Embedded
    private Buyer buyer;

    /** The seller as it stood at issue; none on drafts. */
    @Embedded
    private Seller seller;

    /** Loaded when read: lists show the stored totals, not the lines. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Column(name = "total_ht", nullable = false)
    private BigDecimal totalHt;

    @Column(name = "total_vat", nullable = false)
    private BigDecimal totalVat;

    @Column(name = "total_ttc", nullable = false)
    private BigDecimal totalTtc;

    @Column(name = "prepaid", nullable = false)
    private BigDecimal prepaid;

    @Column(name = "paid", nullable = false)
    private BigDecimal paid;

    @Column(name = "credited", nullable = false)
    private BigDecimal credited;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Version
    private int version;

    protected Invoice() {}

    /** A draft of {@code kind} for the tenant; {@code runKey} is set only by the monthly run. */
    public Invoice(InvoiceKind kind, String tenantId, Buyer buyer, String language, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.tenantId = tenantId;
        this.buyer = buyer;
        this.language = language;
        this.totalHt = this.totalVat = this.totalTtc = BigDecimal.ZERO.setScale(2);
        this.prepaid = this.paid = this.credited = BigDecimal.ZERO.setScale(2);
        this.createdAt = now;
    }

    /** The draft of a subscription's period, keyed so that a period is invoiced once. */
    public Invoice forPeriod(String subscriptionId, BillingPeriod period) {
        this.subscriptionId = subscriptionId;
        this.runKey = subscriptionId + "/" + period.start();
        this.periodStart = period.start();
        this.periodEnd = period.lastDay();
        return this;
    }

    /** The credit note of {@code invoice}, for the same service period. */
    public Invoice crediting(Invoice invoice) {
        this.creditedInvoiceId = invoice.id;
        this.periodStart = invoice.periodStart;
        this.periodEnd = invoice.periodEnd;
        return this;
    }

    /** Replaces the lines and the service period of a draft. */
    public void edit(List<InvoiceLine> newLines, LocalDate start, LocalDate end, String newNote) {
        requireDraft();
        if (start != null && end != null && end.isBefore(start)) {
            throw DomainException.invalid("periodEnd", "must not be before periodStart");
        }
        lines.clear();
        lines.addAll(newLines);
        periodStart = start;
        periodEnd = end;
        note = newNote;
        InvoiceTotals totals = InvoiceTotals.of(lines);
        totalHt = totals.totalHt().amount();
        totalVat = totals.totalVat().amount();
        totalTtc = totals.totalTtc().amount();
    }

    /**
     * The buyer as it stands now (a draft follows the tenant's identity until it is issued). When its VAT treatment
     * changed since the draft was made (a VAT number was added, the country changed), every line takes the new rate.
     */
    public void addressTo(Buyer current, String currentLanguage) {
        requireDraft();
        boolean rerate = current.vatTreatment() != buyer.vatTreatment();
        this.buyer = current;
        this.language = currentLanguage;
        if (rerate) {
            edit(
                    lines.stream()
                            .map(l -> l.atRate(current.vatTreatment().rate()))
                            .toList(),
                    periodStart,
                    periodEnd,
                    note);
        }
    }

    /**
     * Issues the draft under its legal number; {@code prepaid} (a credit balance) is taken off what is due, and the
     * seller's identity and terms are frozen with it.
     * An invoice needs a positive total; a credit note credits at most what its invoice still has.
     */
    public void issue(
            String legalNumber, LocalDate date, LocalDate due, Money prepaidAmount, Seller soldBy, Instant now) {
        requireDraft();
        if (lines.isEmpty()) {
            throw new DomainException(ErrorCode.INVOICE_EMPTY, "An invoice needs at least one line");
        }
        if (!totalTtc().isPositive()) {
            throw new DomainException(ErrorCode.INVOICE_EMPTY, "The total must be positive to be issued");
        }
        this.number = legalNumber;
        this.issueDate = date;
        this.dueDate = due;
        this.prepaid = prepaidAmount.amount();
        this.seller = soldBy;
        this.issued = true;
        this.issuedAt = now;
    }

    /** Takes a payment; more than what is left to pay is refused (the service turns the excess into credit). */
    public void pay(Money amount) {
        requireIssued();
        if (kind != InvoiceKind.INVOICE) {
            throw new DomainException(ErrorCode.INVOICE_NOT_PAYABLE, "A credit note is not paid");
        }
        if (!amount.isPositive() || amount.compareTo(balance()) > 0) {
            throw new DomainException(
                    ErrorCode.PAYMENT_ABOVE_BALANCE,
                    "The payment " + amount + " is more than the balance " + balance());
        }
        this.paid = Money.of(paid).plus(amount).amount();
    }

    /** A credit note of {@code amount} TTC corrects this invoice: at most what was invoiced and not credited yet. */
    public Money credit(Money amount) {
        requireIssued();
        Money creditable = totalTtc().minus(Money.of(credited));
        if (amount.compareTo(creditable) > 0) {
            throw new DomainException(
                    ErrorCode.CREDIT_ABOVE_INVOICE,
                    "The credit note " + amount + " is more than the " + creditable + " left to credit");
        }
        Money unpaid = balance();
        this.credited = Money.of(credited).plus(amount).amount();
        // What the credit note corrects beyond the unpaid part was already paid: it becomes the client's credit.
        return amount.minus(unpaid).max(Money.ZERO);
    }

    /** What is left to pay: TTC less the credit applied, the payments and the credit notes. */
    public Money balance() {
        return totalTtc()
                .minus(Money.of(prepaid))
                .minus(Money.of(paid))
                .minus(Money.of(credited))
                .max(Money.ZERO);
    }

    public InvoiceStatus statusOn(LocalDate today) {
        if (!issued) {
            return InvoiceStatus.DRAFT;
        }
        if (kind == InvoiceKind.CREDIT_NOTE) {
            return InvoiceStatus.ISSUED;
        }
        if (Money.of(credited).compareTo(totalTtc()) >= 0) {
            return InvoiceStatus.CREDITED;
        }
        if (balance().isZero()) {
            return InvoiceStatus.PAID;
        }
        if (dueDate != null && today.isAfter(dueDate)) {
            return InvoiceStatus.OVERDUE;
        }
        return Money.of(paid).isPositive() ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
    }

    public void requireDraft() {
        if (issued) {
            throw new DomainException(
                    ErrorCode.INVOICE_ISSUED, "Invoice " + number + " is issued: correct it with a credit note");
        }
    }

    private void requireIssued() {
        if (!issued) {
            throw new DomainException(ErrorCode.INVOICE_NOT_ISSUED, "The invoice is a draft");
        }
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public InvoiceKind kind() {
        return kind;
    }

    public boolean issued() {
        return issued;
    }

    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public Optional<String> subscriptionId() {
        return Optional.ofNullable(subscriptionId);
    }

    public Optional<String> creditedInvoiceId() {
        return Optional.ofNullable(creditedInvoiceId);
    }

    public String language() {
        return language;
    }

    public Buyer buyer() {
        return buyer;
    }

    public List<InvoiceLine> lines() {
        return List.copyOf(lines);
    }

    public InvoiceTotals totals() {
        return InvoiceTotals.of(lines);
    }

    public Money totalHt() {
        return Money.of(totalHt);
    }

    public Money totalTtc() {
        return Money.of(totalTtc);
    }

    /** The VAT total as stored with the lines (lists read it without loading the lines). */
    public Money totalVat() {
        return Money.of(totalVat);
    }

    public Money prepaid() {
        return Money.of(prepaid);
    }

    public Money paid() {
        return Money.of(paid);
    }

    public Money credited() {
        return Money.of(credited);
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public int version() {
        return version;
    }

    public Optional<Seller> seller() {
        return Optional.ofNullable(seller);
    }
}
