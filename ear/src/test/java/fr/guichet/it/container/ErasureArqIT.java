package fr.guichet.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.access.domain.ApiKeyStatus;
import fr.guichet.access.service.ApiKeyService;
import fr.guichet.billing.domain.CompanyTerms;
import fr.guichet.billing.service.BillingTimer;
import fr.guichet.billing.service.CompanySettings;
import fr.guichet.billing.service.DraftLine;
import fr.guichet.billing.service.InvoiceDrafts;
import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.IssueInvoiceService;
import fr.guichet.billing.service.RecordPaymentService;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.time.ClockProducer;
import fr.guichet.notify.service.MailView;
import fr.guichet.notify.service.OutboxAdmin;
import fr.guichet.privacy.service.DataExports;
import fr.guichet.privacy.service.ErasureView;
import fr.guichet.privacy.service.Erasures;
import fr.guichet.privacy.service.PrivacyTimer;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.service.NewTenant;
import fr.guichet.tenancy.service.PasswordLinks;
import fr.guichet.tenancy.service.TenantChanges;
import fr.guichet.tenancy.service.TenantCreated;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import fr.guichet.tenancy.service.UserService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The erasure of a client's personal data, inside the server with a moved clock: after dunning cancels the client,
 * its data goes once its retention has passed — nothing of its people left in any table, its invoices kept — and
 * once only; a client back from cancellation keeps its data; a client's own request, confirmed by its password, can
 * be called off and otherwise runs after the grace period.
 */
@InContainer
class ErasureArqIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return GuichetDeployment.withTestsOf(ErasureArqIT.class);
    }

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    ApiKeyService keys;

    @Inject
    CompanySettings company;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    IssueInvoiceService issuer;

    @Inject
    InvoiceQueries invoices;

    @Inject
    RecordPaymentService payments;

    @Inject
    BillingTimer billing;

    @Inject
    Erasures erasures;

    @Inject
    PrivacyTimer privacy;

    @Inject
    DataExports exports;

    @Inject
    OutboxAdmin mails;

    @Inject
    ClockProducer clocks;

    @Resource(lookup = "jdbc/guichet")
    DataSource database;

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
    @DisplayName(
            "cancelled on day 30 with a 30-day retention: erased on day 60, once; no trace of its people, invoices kept")
    void erasedAfterRetention() {
        Client c = client("en");
        erasures.changeRetention(c.tenantId, 30, "user:" + c.contact);
        String export =
                exports.request(c.tenantId, c.adminId, "user:" + c.contact).id();
        readyIn(Duration.ofSeconds(60), c.tenantId); // built in the background once the request commits
        String invoice = issuedInvoice(c.tenantId);
        payments.markFailed(invoice, "Card declined", "arq");
        for (int day : new int[] {3, 7, 14, 30}) {
            at(day);
            billing.tick();
        }
        assertThat(tenants.get(c.tenantId).status()).isEqualTo(TenantStatus.CANCELLED);
        ErasureView pending = erasures.pendingOf(c.tenantId).orElseThrow();
        assertThat(pending.reason()).isEqualTo("cancelled");
        assertThat(kinds(c.tenantId)).contains("deletion_scheduled");
        MailView scheduled = mail(c.tenantId, "deletion_scheduled");
        assertThat(scheduled.recipient()).isEqualTo(c.contact);
        assertThat(scheduled.language()).isEqualTo("en");

        at(59);
        privacy.round();
        assertThat(database().find(c.userEmail)).as("day 59: kept").isNotEmpty();

        at(61);
        assertThat(privacy.round()).isGreaterThanOrEqualTo(1);
        assertThat(privacy.round()).as("a second round finds nothing to do").isZero();
        TenantView erased = tenants.get(c.tenantId);
        assertThat(erased.erasedAt()).isNotNull();
        assertThat(erased.status()).isEqualTo(TenantStatus.CANCELLED);
        assertThat(erasures.pendingOf(c.tenantId)).isEmpty();
        assertThat(erasures.list(false, c.tenantId, new PageRequest(0, 10)).items())
                .singleElement()
                .extracting(ErasureView::status)
                .isEqualTo("done");

        MailView done = mail(c.tenantId, "deletion_done");
        assertThat(done.recipient()).isEqualTo(c.contact);
        assertThat(kinds(c.tenantId)).as("every earlier mail forgotten").containsExactly("deletion_done");
        DatabaseSearch search = database();
        for (String personal : List.of(c.userEmail, c.userName, c.keyName, c.slug)) {
            assertThat(search.find(personal)).as(personal).isEmpty();
        }
        // The contact's address stays only on the last mail until it is sent (OutboxMailTest: emptied once sent).
        assertThat(search.find(c.contact))
                .singleElement()
                .asString()
                .startsWith("mail_outbox.")
                .endsWith(done.id());
        assertThat(exports.list(c.tenantId))
                .as("its export and ZIP deleted too")
                .isEmpty();
        assertThat(count("SELECT COUNT(*) FROM data_export_file WHERE export_id = '" + export + "'"))
                .isZero();

        assertThat(invoices.get(c.tenantId, invoice).summary().number())
                .as("the invoice is kept, with its number")
                .isNotBlank();
        assertThat(search.find("ACME Conseil SARL"))
                .as("the invoice keeps the buyer it was made out to")
                .anyMatch(hit -> hit.startsWith("invoice.buyer_name"));
    }

    @Test
    @DisplayName("a client cancelled then reinstated keeps its data: the erasure is called off")
    void reinstatedKeepsData() {
        Client c = client("fr");
        tenants.update(c.tenantId, status("cancelled"));
        assertThat(erasures.pendingOf(c.tenantId)).isPresent();
        tenants.update(c.tenantId, status("active"));
        assertThat(erasures.pendingOf(c.tenantId)).isEmpty();
        at(400);
        privacy.round();
        assertThat(tenants.get(c.tenantId).erasedAt()).isNull();
        assertThat(database().find(c.userEmail)).isNotEmpty();
    }

    @Test
    @DisplayName(
            "the client's own deletion: its password confirms it, it can be called off, else it runs after 30 days")
    void requestedDeletion() {
        Client c = client("fr");
        assertThatThrownBy(() -> erasures.request(c.tenantId, c.adminId, "not-the-password", "arq"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThat(erasures.pendingOf(c.tenantId)).isEmpty();

        String actor = "user:" + c.contact;
        ErasureView asked = erasures.request(c.tenantId, c.adminId, c.adminPassword, actor);
        assertThat(asked.reason()).isEqualTo("requested");
        assertThatThrownBy(() -> erasures.request(c.tenantId, c.adminId, c.adminPassword, "arq"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DELETION_ALREADY_SCHEDULED));
        assertThat(erasures.cancelOwn(c.tenantId, actor).status()).isEqualTo("cancelled");
        at(31);
        privacy.round();
        assertThat(tenants.get(c.tenantId).erasedAt()).as("called off: kept").isNull();

        erasures.request(c.tenantId, c.adminId, c.adminPassword, actor);
        at(60);
        privacy.round();
        assertThat(tenants.get(c.tenantId).erasedAt())
                .as("29 days later: not yet")
                .isNull();
        at(62);
        privacy.round();
        TenantView erased = tenants.get(c.tenantId);
        assertThat(erased.erasedAt()).isNotNull();
        assertThat(erased.status()).as("no longer served").isEqualTo(TenantStatus.CANCELLED);
        DatabaseSearch search = database();
        for (String personal : List.of(c.userEmail, c.userName, c.keyName, c.slug)) {
            assertThat(search.find(personal)).as(personal).isEmpty();
        }
        assertThat(search.find(c.contact))
                .as("who asked and called off is erased too; only the last mail, until sent")
                .singleElement()
                .asString()
                .startsWith("mail_outbox.");
        assertThat(keys.list(c.tenantId, new PageRequest(0, 10)).items())
                .allSatisfy(k -> assertThat(k.status()).isEqualTo(ApiKeyStatus.REVOKED));
    }

    @Test
    @DisplayName("a cancelled client who asks for its deletion then calls it off still loses its data on its retention"
            + " date; the deletion it asked for never runs later than that date")
    void cancelledThenCalledOff() {
        Client c = client("fr");
        erasures.changeRetention(c.tenantId, 30, "arq");
        tenants.update(c.tenantId, status("cancelled"));
        java.time.Instant retentionDue =
                erasures.pendingOf(c.tenantId).orElseThrow().dueAt();
        ErasureView asked = erasures.request(c.tenantId, c.adminId, c.adminPassword, "user:" + c.contact);
        assertThat(asked.dueAt())
                .as("the grace (30 days) never delays the erasure")
                .isBeforeOrEqualTo(retentionDue);
        erasures.cancelOwn(c.tenantId, "user:" + c.contact);
        ErasureView back = erasures.pendingOf(c.tenantId).orElseThrow();
        assertThat(back.reason()).isEqualTo("cancelled");
        assertThat(back.dueAt()).isEqualTo(retentionDue);
        at(31);
        privacy.round();
        assertThat(tenants.get(c.tenantId).erasedAt()).isNotNull();
    }

    private long count(String sql) {
        try (java.sql.Connection connection = database.getConnection();
                java.sql.ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Client(
            String tenantId,
            String slug,
            String contact,
            String adminId,
            String adminPassword,
            String userEmail,
            String userName,
            String keyName) {}

    private Client client(String language) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String slug = "arq-era-" + mark;
        String contact = "contact-" + mark + "@erasure.example";
        TenantCreated created =
                tenants.create(new NewTenant("Erasure " + mark, slug, contact, null, null, "Camille Admin" + mark));
        String tenantId = created.tenant().id();
        tenants.update(
                tenantId,
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
        String password = "Pass-" + mark + "-long!";
        passwordLinks.choose(token(created.setPasswordLink().url()), password);
        String userEmail = "jeanne-" + mark + "@erasure.example";
        String userName = "Jeanne Martin" + mark;
        users.invite(tenantId, userEmail, userName, "member");
        String keyName = "Portable de Jeanne " + mark;
        keys.create(tenantId, keyName, null, null, created.admin().id());
        return new Client(tenantId, slug, contact, created.admin().id(), password, userEmail, userName, keyName);
    }

    private static String token(String url) {
        return url.substring(url.indexOf("#token=") + "#token=".length());
    }

    private static TenantChanges status(String status) {
        return new TenantChanges(null, null, status, null, null, null, null, null);
    }

    /** Waits for the tenant's only export to be ready; fails with its last status. */
    private void readyIn(Duration limit, String tenantId) {
        long end = System.nanoTime() + limit.toNanos();
        String status = exports.list(tenantId).get(0).status();
        while (!"ready".equals(status) && System.nanoTime() < end) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            status = exports.list(tenantId).get(0).status();
        }
        assertThat(exports.list(tenantId))
                .singleElement()
                .extracting(e -> e.status())
                .isEqualTo("ready");
    }

    private void at(int day) {
        clocks.shift(Duration.ofDays(day));
    }

    private DatabaseSearch database() {
        return new DatabaseSearch(database);
    }

    private List<String> kinds(String tenantId) {
        return mails.list(null, null, tenantId, new PageRequest(0, 100)).items().stream()
                .sorted((a, b) -> a.createdAt().compareTo(b.createdAt()))
                .map(MailView::kind)
                .toList();
    }

    private MailView mail(String tenantId, String kind) {
        return mails.list(null, null, tenantId, new PageRequest(0, 100)).items().stream()
                .filter(m -> m.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " mail"));
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
}
