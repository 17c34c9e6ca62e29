package fr.guichet.billing.erp;

import fr.guichet.billing.domain.Buyer;
import fr.guichet.billing.domain.Invoice;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.Payment;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.billing.service.Buyers;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The sync's reads of Guichet and its records of what Dolibarr holds, each call a short transaction of its own:
 * nothing is held open while Dolibarr is called.
 */
@Stateless
public class ErpData {

    @Inject
    TenantRepository tenants;

    @Inject
    InvoiceRepository invoices;

    @Inject
    ErpRepository repository;

    @Inject
    Clock clock;

    public Optional<ErpSnapshots.Party> party(String tenantId) {
        return tenants.find(tenantId).map(ErpData::party);
    }

    static ErpSnapshots.Party party(Tenant tenant) {
        Buyer buyer = Buyers.of(tenant);
        String address = buyer.addressLine1() == null
                ? null
                : buyer.addressLine2() == null
                        ? buyer.addressLine1()
                        : buyer.addressLine1() + "\n" + buyer.addressLine2();
        return new ErpSnapshots.Party(
                tenant.id(),
                buyer.name(),
                buyer.email(),
                address,
                buyer.postalCode(),
                buyer.city(),
                buyer.country(),
                buyer.siren(),
                buyer.vatNumber(),
                tenant.erasedAt() != null);
    }

    /** A short digest of what is sent of a client, so an unchanged client is not sent again. */
    static String fingerprint(ErpSnapshots.Party party) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(party.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<ErpSnapshots.Invoice> invoice(String invoiceId) {
        return invoices.find(invoiceId)
                .filter(Invoice::issued)
                .map(i -> new ErpSnapshots.Invoice(
                        i.id(),
                        i.tenantId(),
                        i.number().orElseThrow(),
                        i.kind() == InvoiceKind.CREDIT_NOTE,
                        i.creditedInvoiceId().orElse(null),
                        i.issueDate(),
                        i.dueDate(),
                        i.totalTtc().amount(),
                        i.lines().stream()
                                .map(l -> new ErpSnapshots.Line(
                                        l.description(),
                                        l.quantity(),
                                        l.unitPrice(),
                                        l.vatRate(),
                                        i.periodStart(),
                                        i.periodEnd()))
                                .toList()));
    }

    public Optional<ErpSnapshots.Payment> payment(String paymentId) {
        return invoices.payment(paymentId).map(ErpData::payment);
    }

    private static ErpSnapshots.Payment payment(Payment p) {
        return new ErpSnapshots.Payment(
                p.id(),
                p.tenantId(),
                p.invoiceId(),
                p.receivedOn(),
                p.amount().minus(p.toCredit()).amount(),
                p.method(),
                p.reference());
    }

    public Optional<LinkView> link(ErpTaskKind kind, String subjectId) {
        return repository.link(kind, subjectId).map(LinkView::of);
    }

    /** Records (or updates) what the subject is in Dolibarr. */
    public void linked(
            ErpTaskKind kind, String subjectId, String tenantId, long remoteId, String ref, String fingerprint) {
        ErpLink link = repository.link(kind, subjectId).orElseGet(() -> {
            ErpLink created = new ErpLink(kind, subjectId, tenantId, remoteId, clock.instant());
            repository.add(created);
            return created;
        });
        link.synced(remoteId, ref, fingerprint, clock.instant());
    }

    /** A link as the sync reads it. */
    public record LinkView(long remoteId, String remoteRef, String fingerprint) {
        static LinkView of(ErpLink link) {
            return new LinkView(link.remoteId(), link.remoteRef(), link.fingerprint());
        }
    }
}
