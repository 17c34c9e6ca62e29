package fr.guichet.billing.erp;

import fr.guichet.billing.domain.PaymentMethod;
import fr.guichet.billing.erp.DolibarrException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Brings one task to Dolibarr, outside any transaction. Every step looks Dolibarr up before it creates, so a task
 * run again after a failure (a timeout once Dolibarr had done the work) completes without a second object; a task
 * is retried twice at once under Fault Tolerance when Dolibarr is unavailable, then the queue's backoff takes over.
 */
@ApplicationScoped
public class ErpSync {

    @Inject
    ErpData data;

    @Inject
    DolibarrTranslation translation;

    @Inject
    @ConfigProperty(name = "guichet.erp.timeout", defaultValue = "PT20S")
    Duration timeout;

    Dolibarr dolibarr(ErpConnection connection) {
        return new Dolibarr(connection.baseUrl(), connection.apiKey(), timeout);
    }

    @Retry(maxRetries = 2, delay = 1000, jitter = 300, retryOn = Unavailable.class)
    public void perform(ErpConnection connection, ErpTaskKind kind, String subjectId) {
        try {
            Dolibarr dolibarr = dolibarr(connection);
            switch (kind) {
                case PARTY -> party(dolibarr, subjectId, true);
                case INVOICE -> invoice(dolibarr, subjectId);
                case PAYMENT -> payment(dolibarr, connection, subjectId);
            }
        } catch (DolibarrException e) {
            throw e.kind() == Kind.UNAVAILABLE ? new Unavailable(e) : e;
        }
    }

    /** Dolibarr unavailable: what Fault Tolerance retries. */
    public static class Unavailable extends RuntimeException {
        Unavailable(DolibarrException cause) {
            super(cause.getMessage(), cause);
        }

        public DolibarrException failure() {
            return (DolibarrException) getCause();
        }
    }

    /** The client's third party id: found by {@code ref_ext}, created, or updated when its data changed. */
    long party(Dolibarr dolibarr, String tenantId, boolean update) {
        ErpSnapshots.Party party = data.party(tenantId)
                .orElseThrow(() -> refused("The client " + tenantId + " no longer exists in Guichet"));
        String fingerprint = ErpData.fingerprint(party);
        Optional<ErpData.LinkView> link = data.link(ErpTaskKind.PARTY, tenantId);
        if (link.isPresent()
                && (!update || party.erased() || fingerprint.equals(link.get().fingerprint()))) {
            return link.get().remoteId();
        }
        JsonObject wanted = translation.party(dolibarr, party);
        long id;
        Optional<JsonObject> found = link.isPresent() ? Optional.empty() : dolibarr.thirdPartyByRefExt(tenantId);
        if (link.isPresent()) {
            id = link.get().remoteId();
            dolibarr.updateThirdParty(id, wanted);
        } else if (found.isPresent()) {
            id = Long.parseLong(Dolibarr.string(found.get(), "id"));
            dolibarr.updateThirdParty(id, wanted);
        } else {
            id = dolibarr.createThirdParty(wanted);
        }
        data.linked(ErpTaskKind.PARTY, tenantId, tenantId, id, null, fingerprint);
        return id;
    }

    /** The invoice's Dolibarr id: found by {@code ref_ext} or created with its lines, then validated. */
    long invoice(Dolibarr dolibarr, String invoiceId) {
        Optional<ErpData.LinkView> link = data.link(ErpTaskKind.INVOICE, invoiceId);
        if (link.isPresent() && link.get().remoteRef() != null) {
            return link.get().remoteId();
        }
        ErpSnapshots.Invoice invoice = data.invoice(invoiceId)
                .orElseThrow(() -> refused("The invoice " + invoiceId + " is not issued in Guichet"));
        long socid = party(dolibarr, invoice.tenantId(), false);
        Long source = invoice.creditNote() && invoice.creditedInvoiceId() != null
                ? invoice(dolibarr, invoice.creditedInvoiceId())
                : null;
        Optional<JsonObject> found = dolibarr.invoiceByRefExt(invoice.number());
        long id;
        if (found.isPresent()) {
            id = Long.parseLong(Dolibarr.string(found.get(), "id"));
        } else {
            id = dolibarr.createInvoice(translation.invoice(invoice, socid, source));
        }
        JsonObject current = dolibarr.invoice(id);
        if (translation.isDraft(current)) {
            translation.completeLines(dolibarr, id, current, invoice);
            current = dolibarr.validate(id).orElseGet(() -> dolibarr.invoice(id));
        }
        if (source != null) {
            applyCredit(dolibarr, id, source);
        }
        data.linked(ErpTaskKind.INVOICE, invoiceId, invoice.tenantId(), id, Dolibarr.string(current, "ref"), null);
        return id;
    }

    /**
     * A validated credit note becomes its client's discount in Dolibarr, used on the invoice it corrects when that
     * one still owes at least as much (then closed when nothing is left to pay); otherwise it stays available to the
     * client, as Guichet keeps what exceeds the invoice's balance as the client's credit. Each step checks Dolibarr
     * first, so a retry does nothing twice.
     */
    void applyCredit(Dolibarr dolibarr, long creditNoteId, long invoiceId) {
        JsonObject note = dolibarr.invoice(creditNoteId);
        if (!"1".equals(trimmed(Dolibarr.string(note, "paye")))) {
            dolibarr.markAsCreditAvailable(creditNoteId);
        }
        Optional<JsonObject> discount = dolibarr.discountOf(creditNoteId);
        if (discount.isEmpty()) {
            return;
        }
        String usedOn = trimmed(Dolibarr.string(discount.get(), "fk_facture"));
        boolean unused = usedOn == null || usedOn.isEmpty() || "0".equals(usedOn);
        if (unused) {
            BigDecimal amount = Dolibarr.number(discount.get(), "total_ttc");
            if (amount == null) {
                amount = Dolibarr.number(discount.get(), "amount_ttc");
            }
            BigDecimal remaining = Dolibarr.number(dolibarr.invoice(invoiceId), "remaintopay");
            if (amount == null || remaining == null || remaining.compareTo(amount.abs()) < 0) {
                return; // more than the invoice still owes: it stays the client's credit
            }
            dolibarr.useCreditNote(invoiceId, Long.parseLong(Dolibarr.string(discount.get(), "id")));
        } else if (!usedOn.equals(Long.toString(invoiceId))) {
            return;
        }
        JsonObject invoice = dolibarr.invoice(invoiceId);
        BigDecimal left = Dolibarr.number(invoice, "remaintopay");
        if (left != null && left.signum() == 0 && "1".equals(trimmed(Dolibarr.string(invoice, "statut")))) {
            dolibarr.setToPaid(invoiceId);
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    /** Records the payment on its Dolibarr invoice unless Dolibarr has it already (its {@code num} is ours). */
    void payment(Dolibarr dolibarr, ErpConnection connection, String paymentId) {
        if (data.link(ErpTaskKind.PAYMENT, paymentId).isPresent()) {
            return;
        }
        ErpSnapshots.Payment payment = data.payment(paymentId)
                .orElseThrow(() -> refused("The payment " + paymentId + " no longer exists in Guichet"));
        if (payment.appliedAmount().signum() <= 0) {
            data.linked(ErpTaskKind.PAYMENT, paymentId, payment.tenantId(), 0, "credit only", null);
            return; // all of it went to the client's credit: nothing to record on the invoice
        }
        long invoiceId = invoice(dolibarr, payment.invoiceId());
        JsonArray recorded = dolibarr.payments(invoiceId);
        for (JsonValue value : recorded) {
            if (value instanceof JsonObject p && paymentId.equals(Dolibarr.string(p, "num"))) {
                data.linked(ErpTaskKind.PAYMENT, paymentId, payment.tenantId(), 0, Dolibarr.string(p, "ref"), null);
                return;
            }
        }
        Integer mode = connection.modes().get(payment.method());
        if (mode == null) {
            mode = connection.modes().get(PaymentMethod.OTHER);
        }
        if (mode == null) {
            throw refused("No Dolibarr payment mode is set for "
                    + payment.method().name().toLowerCase() + " payments (Dolibarr settings in Guichet)");
        }
        if (connection.bankAccountId() == null) {
            throw refused("No Dolibarr bank account is set (Dolibarr settings in Guichet)");
        }
        JsonObject invoice = dolibarr.invoice(invoiceId);
        BigDecimal remaining = Dolibarr.number(invoice, "remaintopay");
        long id = remaining != null && remaining.compareTo(payment.appliedAmount()) == 0
                ? dolibarr.payRemainder(invoiceId, translation.payment(payment, mode, connection.bankAccountId()))
                : dolibarr.payAmounts(
                        translation.distributedPayment(payment, invoiceId, mode, connection.bankAccountId()));
        data.linked(ErpTaskKind.PAYMENT, paymentId, payment.tenantId(), id, null, null);
    }

    private static DolibarrException refused(String message) {
        return new DolibarrException(Kind.REFUSED, 0, message);
    }
}
