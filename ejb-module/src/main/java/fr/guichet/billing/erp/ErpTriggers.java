package fr.guichet.billing.erp;

import fr.guichet.billing.service.InvoiceIssued;
import fr.guichet.billing.service.PaymentRecorded;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenantChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Turns billing's and tenancy's changes into sync tasks, inside the changing transaction (so a task exists exactly
 * when its change committed): an issued invoice or credit note, a recorded payment, a client created or whose
 * billing identity, name or e-mail changed since it was last sent.
 */
@ApplicationScoped
public class ErpTriggers {

    @Inject
    ErpQueueing queueing;

    @Inject
    ErpRepository repository;

    @Inject
    TenantRepository tenants;

    void onIssued(@Observes InvoiceIssued issued) {
        queueing.add(issued.tenantId(), ErpTaskKind.INVOICE, issued.invoiceId());
    }

    void onPayment(@Observes PaymentRecorded recorded) {
        queueing.add(recorded.tenantId(), ErpTaskKind.PAYMENT, recorded.paymentId());
    }

    void onTenantChanged(@Observes TenantChanged changed) {
        if (!queueing.configured()) {
            return;
        }
        String sent = repository
                .link(ErpTaskKind.PARTY, changed.tenantId())
                .map(ErpLink::fingerprint)
                .orElse(null);
        String now = tenants.find(changed.tenantId())
                .filter(t -> t.erasedAt() == null)
                .map(t -> ErpData.fingerprint(ErpData.party(t)))
                .orElse(null);
        if (now != null && !Objects.equals(now, sent)) {
            queueing.add(changed.tenantId(), ErpTaskKind.PARTY, changed.tenantId());
        }
    }
}
