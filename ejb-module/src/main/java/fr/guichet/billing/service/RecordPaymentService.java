package fr.guichet.billing.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.Payment;
import fr.guichet.billing.domain.PaymentMethod;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Money;
import fr.guichet.common.domain.Validation;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Records money received for an issued invoice, in full or in part. A payment above what the invoice still owes is
 * refused unless the operator says the excess is an overpayment, which then goes to the client's credit balance and
 * is taken off its next invoice.
 */
@Stateless
public class RecordPaymentService {

    @Inject
    InvoiceRepository invoices;

    @Inject
    CreditBalances credits;

    @Inject
    InvoiceQueries queries;

    @Inject
    TenancyConfig zone;

    @Inject
    Event<PaymentRecorded> recorded;

    @Inject
    Event<PaymentFailed> failures;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public InvoiceView record(
            String invoiceId,
            LocalDate receivedOn,
            BigDecimal amount,
            String method,
            String reference,
            boolean overpayment,
            String actor) {
        recordOnly(invoiceId, receivedOn, amount, method, reference, overpayment, actor);
        return queries.get(null, invoiceId);
    }

    /** As {@link #record}, without reading the invoice back (a provider's event needs no view). */
    public void recordOnly(
            String invoiceId,
            LocalDate receivedOn,
            BigDecimal amount,
            String method,
            String reference,
            boolean overpayment,
            String actor) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone.zone());
        PaymentMethod parsed = parse(method);
        Validation v = new Validation();
        v.require(amount != null && amount.signum() > 0, "amount", "must be positive");
        v.require(amount == null || amount.stripTrailingZeros().scale() <= 2, "amount", "at most 2 decimals");
        v.require(amount == null || amount.compareTo(new BigDecimal("99999999.99")) <= 0, "amount", "is too large");
        v.require(receivedOn == null || !receivedOn.isAfter(today), "receivedOn", "must not be in the future");
        v.require(parsed != null, "method", "must be one of transfer, card, direct_debit, check, cash, other");
        v.throwIfInvalid();
        Invoice invoice = invoices.findForUpdate(invoiceId)
                .orElseThrow(() -> new DomainException(ErrorCode.INVOICE_NOT_FOUND, "No invoice with id " + invoiceId));
        if (invoice.kind() != fr.guichet.billing.domain.InvoiceKind.INVOICE) {
            throw new DomainException(ErrorCode.INVOICE_NOT_PAYABLE, "A credit note is not paid");
        }
        if (!invoice.issued()) {
            throw new DomainException(ErrorCode.INVOICE_NOT_ISSUED, "A draft is not paid: issue it first");
        }
        Money received = Money.of(amount);
        Money owed = invoice.balance();
        Money toCredit = received.minus(owed).max(Money.ZERO);
        if (toCredit.isPositive() && !overpayment) {
            throw new DomainException(
                    ErrorCode.PAYMENT_ABOVE_BALANCE,
                    "The payment " + received + " is more than the balance " + owed
                            + "; record it as an overpayment to keep the excess as credit");
        }
        Money applied = received.minus(toCredit);
        if (applied.isPositive()) {
            invoice.pay(applied);
        }
        if (toCredit.isPositive()) {
            credits.add(invoice.tenantId(), toCredit);
        }
        Payment payment = new Payment(
                invoice.tenantId(),
                invoiceId,
                receivedOn == null ? today : receivedOn,
                received,
                toCredit,
                parsed,
                reference,
                actor,
                now);
        invoices.add(payment);
        invoices.flush();
        recorded.fire(new PaymentRecorded(payment.id(), invoiceId, invoice.tenantId(), received.amount()));
        audit.write(
                actor,
                invoice.tenantId(),
                "billing.payment.recorded",
                invoice.number().orElse(invoiceId),
                received.toString());
    }

    /** An operator notes that the client's payment failed (a bounced transfer, a rejected debit): the client is told. */
    public InvoiceView markFailed(String invoiceId, String reason, String actor) {
        new Validation().optionalText(reason, "reason", 500).throwIfInvalid();
        Invoice invoice = invoices.findForUpdate(invoiceId)
                .orElseThrow(() -> new DomainException(ErrorCode.INVOICE_NOT_FOUND, "No invoice with id " + invoiceId));
        if (invoice.kind() != fr.guichet.billing.domain.InvoiceKind.INVOICE
                || !invoice.issued()
                || !invoice.balance().isPositive()) {
            throw new DomainException(
                    ErrorCode.INVOICE_NOT_PAYABLE,
                    "Only an issued invoice with something left to pay has a failed payment");
        }
        String why = Validation.clean(reason);
        failures.fire(new PaymentFailed(invoiceId, invoice.tenantId(), why, "operator"));
        audit.write(
                actor,
                invoice.tenantId(),
                "billing.payment.failed",
                invoice.number().orElse(invoiceId),
                why);
        return queries.get(null, invoiceId);
    }

    private static PaymentMethod parse(String method) {
        if (method == null || method.isBlank()) {
            return null;
        }
        try {
            return PaymentMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
