package fr.guichet.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.domain.CompanyTerms;
import fr.guichet.billing.service.BillingTimer;
import fr.guichet.billing.service.CompanySettings;
import fr.guichet.billing.service.DraftLine;
import fr.guichet.billing.service.DunningService;
import fr.guichet.billing.service.InvoiceDrafts;
import fr.guichet.billing.service.IssueInvoiceService;
import fr.guichet.billing.service.RecordPaymentService;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.time.ClockProducer;
import fr.guichet.notify.service.MailView;
import fr.guichet.notify.service.OutboxAdmin;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.service.NewTenant;
import fr.guichet.tenancy.service.TenantChanges;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dunning inside the server, over 30 days of a moved clock and the hourly timer: the notices of days 0, 3 and 7 in
 * the client's language, the suspension on day 14, the cancellation on day 30; a payment on day 10 stops everything
 * and gives the access back; a server down on day 7 sends the day-7 notice when it is back, once.
 */
@InContainer
class DunningArqIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return GuichetDeployment.withTestsOf(DunningArqIT.class);
    }

    @Inject
    TenantService tenants;

    @Inject
    CompanySettings company;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    IssueInvoiceService issuer;

    @Inject
    RecordPaymentService payments;

    @Inject
    BillingTimer timer;

    @Inject
    DunningService dunningService;

    @Inject
    OutboxAdmin mails;

    @Inject
    ClockProducer clocks;

    @BeforeEach
    void companyReady() {
        company.change(
                new CompanyTerms(
                        "Guichet Services",
                        "SAS",
                        "10 000 €",
                        "12 rue des Guichets",
                        null,
                        "69002",
                        "Lyon",
                        "FR",
                        "443061841",
                        "44306184100005",
                        "RCS Lyon 443 061 841",
                        "FR64443061841",
                        "factures@guichet.example",
                        null,
                        null,
                        30,
                        "3 fois le taux d'intérêt légal",
                        false),
                "arq");
    }

    @AfterEach
    void resetClock() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("30 days: notices on days 0, 3 and 7, suspension on day 14, cancellation on day 30, each once")
    void thirtyDays() {
        TenantView t = tenant("fr");
        String invoice = issuedInvoice(t.id());
        payments.markFailed(invoice, "Carte refusée", "arq");
        assertThat(kinds(t.id())).containsExactly("invoice_issued", "payment_failed");
        assertThat(status(t.id())).isEqualTo(TenantStatus.PAST_DUE);

        day(3);
        assertThat(kinds(t.id())).endsWith("dunning_reminder");
        day(7);
        assertThat(kinds(t.id())).endsWith("dunning_last_chance");
        assertThat(status(t.id())).isEqualTo(TenantStatus.PAST_DUE);
        day(14);
        assertThat(status(t.id())).as("day 14: no more API").isEqualTo(TenantStatus.SUSPENDED);
        assertThat(kinds(t.id())).endsWith("account_suspended");
        day(30);
        assertThat(status(t.id())).isEqualTo(TenantStatus.CANCELLED);
        assertThat(dunningService.ofTenant(t.id()))
                .singleElement()
                .as("every step done: no longer running, the invoice still owed")
                .satisfies(d -> assertThat(d.active()).isFalse())
                .satisfies(d -> assertThat(d.owed()).isPositive());
        assertThat(dunningService.running(1000)).noneMatch(d -> d.tenantId().equals(t.id()));
        day(31);
        assertThat(kinds(t.id()))
                .as("each notice once")
                .containsExactly(
                        "invoice_issued",
                        "payment_failed",
                        "dunning_reminder",
                        "dunning_last_chance",
                        "account_suspended",
                        "deletion_scheduled"); // day 30: its data goes once its retention has passed
        assertThat(mails.list(null, null, t.id(), new PageRequest(0, 100)).items())
                .filteredOn(m -> m.kind().equals("dunning_reminder"))
                .singleElement()
                .satisfies(m -> assertThat(m.subject()).isNotBlank())
                .extracting(MailView::language)
                .isEqualTo("fr");
    }

    @Test
    @DisplayName("a payment on day 10 ends the dunning: no suspension, no cancellation, access as before")
    void paymentStopsEverything() {
        TenantView t = tenant("en");
        String invoice = issuedInvoice(t.id());
        payments.markFailed(invoice, "Card declined", "arq");
        day(10);
        payments.record(invoice, null, new BigDecimal("120.00"), "card", "late", false, "arq");
        assertThat(status(t.id())).isEqualTo(TenantStatus.ACTIVE);
        day(14);
        day(30);
        assertThat(status(t.id())).isEqualTo(TenantStatus.ACTIVE);
        assertThat(kinds(t.id())).doesNotContain("account_suspended").endsWith("payment_received");
    }

    @Test
    @DisplayName("a suspension an operator decided stays when the invoice is paid; dunning lifts only its own")
    void operatorSuspensionStays() {
        TenantView t = tenant("fr");
        String invoice = issuedInvoice(t.id());
        payments.markFailed(invoice, null, "arq");
        day(3);
        tenants.update(t.id(), new TenantChanges(null, null, "suspended", null, null, null, null, null));
        payments.record(invoice, null, new BigDecimal("120.00"), "card", "late", false, "arq");
        assertThat(status(t.id())).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(dunningService.ofTenant(t.id()))
                .singleElement()
                .satisfies(d -> assertThat(d.active())
                        .as("the dunning ended all the same")
                        .isFalse());
    }

    @Test
    @DisplayName("a server down from day 2 to day 9 sends the notices of days 3 and 7 when back, once each")
    void catchUpOnce() {
        TenantView t = tenant("fr");
        String invoice = issuedInvoice(t.id());
        payments.markFailed(invoice, null, "arq");
        day(9);
        day(9);
        assertThat(kinds(t.id()))
                .containsExactly("invoice_issued", "payment_failed", "dunning_reminder", "dunning_last_chance");
    }

    /** The clock on day {@code n} of the dunning, and the hourly timer fires. */
    private void day(int n) {
        clocks.shift(Duration.ofDays(n));
        timer.tick();
    }

    private List<String> kinds(String tenantId) {
        List<MailView> all =
                mails.list(null, null, tenantId, new PageRequest(0, 100)).items();
        return all.stream()
                .filter(m -> !m.kind().equals("welcome")) // the tenant admin's, when the tenant opened
                .sorted((a, b) -> a.createdAt().compareTo(b.createdAt()))
                .map(MailView::kind)
                .toList();
    }

    private TenantStatus status(String tenantId) {
        return tenants.get(tenantId).status();
    }

    private String issuedInvoice(String tenantId) {
        String id = drafts.create(
                        tenantId,
                        List.of(new DraftLine("Abonnement Pro", BigDecimal.ONE, null, new BigDecimal("100.00"), null)),
                        null,
                        null,
                        null,
                        "arq")
                .summary()
                .id();
        return issuer.issue(id, -1, "arq").summary().id();
    }

    private TenantView tenant(String language) {
        String slug = "arq-dun-" + UUID.randomUUID().toString().substring(0, 8);
        String id = tenants.create(new NewTenant("Dunned", slug, "it@" + slug + ".example", null, null, null))
                .tenant()
                .id();
        TenantView t = tenants.update(
                id,
                new TenantChanges(
                        null,
                        null,
                        "active",
                        null,
                        null,
                        new TenantView.Billing(
                                "ACME Conseil SARL",
                                "1 rue de la Paix",
                                null,
                                "75002",
                                "Paris",
                                "FR",
                                "732829320",
                                "FR44732829320"),
                        null,
                        language));
        return t;
    }
}
