package fr.guichet.billing.service;

import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.Payment;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.service.MailFormats;
import fr.guichet.notify.service.MailLinks;
import fr.guichet.notify.service.NewMail;
import fr.guichet.notify.service.Outbox;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mails billing sends, queued in the transaction of what causes them: an issued invoice (its PDF and Factur-X
 * attached) and a payment received, to the buyer's billing address (else the tenant's contact), in its language.
 */
@ApplicationScoped
public class InvoiceMails {

    @Inject
    InvoiceRepository invoices;

    @Inject
    TenantRepository tenants;

    @Inject
    Outbox outbox;

    @Inject
    MailLinks links;

    void onIssued(@Observes InvoiceIssued issued) {
        Invoice invoice = invoices.find(issued.invoiceId()).orElseThrow();
        if (invoice.kind() != InvoiceKind.INVOICE) {
            return;
        }
        String lang = invoice.language();
        Map<String, Object> model = common(invoice);
        model.put("issueDate", MailFormats.date(invoice.issueDate(), lang));
        model.put("dueDate", MailFormats.date(invoice.dueDate(), lang));
        model.put("periodStart", MailFormats.date(invoice.periodStart(), lang));
        model.put("periodEnd", MailFormats.date(invoice.periodEnd(), lang));
        model.put("totalTtc", MailFormats.euros(invoice.totalTtc().amount(), lang));
        model.put("amountDue", MailFormats.euros(invoice.balance().amount(), lang));
        model.put("prepaid", invoice.prepaid().isPositive());
        model.put("prepaidAmount", MailFormats.euros(invoice.prepaid().amount(), lang));
        queue(
                MailKind.INVOICE_ISSUED,
                invoice,
                model,
                List.of(
                        InvoiceAttachments.ref(invoice.id(), InvoiceAttachments.PDF),
                        InvoiceAttachments.ref(invoice.id(), InvoiceAttachments.FACTURX)));
    }

    void onPayment(@Observes PaymentRecorded recorded) {
        Invoice invoice = invoices.find(recorded.invoiceId()).orElseThrow();
        Payment payment = invoices.payment(recorded.paymentId()).orElseThrow();
        String lang = invoice.language();
        Map<String, Object> model = common(invoice);
        model.put("amount", MailFormats.euros(payment.amount().amount(), lang));
        model.put("receivedOn", MailFormats.date(payment.receivedOn(), lang));
        model.put("balance", MailFormats.euros(invoice.balance().amount(), lang));
        model.put("paidInFull", invoice.balance().isZero());
        queue(MailKind.PAYMENT_RECEIVED, invoice, model, List.of());
    }

    /** A dunning step's mail about {@code invoice}: what it still owes, and {@code extra} values. */
    public void dunning(MailKind kind, Invoice invoice, Map<String, Object> extra) {
        String lang = invoice.language();
        Map<String, Object> model = common(invoice);
        model.put("amount", MailFormats.euros(invoice.balance().amount(), lang));
        model.put("dueDate", MailFormats.date(invoice.dueDate(), lang));
        model.putAll(extra);
        queue(kind, invoice, model, List.of());
    }

    private Map<String, Object> common(Invoice invoice) {
        Tenant tenant = tenants.find(invoice.tenantId()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("tenantName", invoice.buyer().name());
        model.put("portalUrl", links.portal(tenant.slug()));
        model.put("invoiceNumber", invoice.number().orElse(""));
        model.put("payUrl", links.portal(tenant.slug()));
        return model;
    }

    private void queue(MailKind kind, Invoice invoice, Map<String, Object> model, List<String> attachments) {
        String to = invoice.buyer().email();
        if (to == null || to.isBlank()) {
            to = tenants.find(invoice.tenantId()).map(Tenant::contactEmail).orElse(null);
        }
        outbox.queue(new NewMail(kind, invoice.tenantId(), to, invoice.language(), model, attachments));
    }
}
