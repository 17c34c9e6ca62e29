package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dunning end to end, over HTTP with the servers' clock moved (both servers of the PostgreSQL pass run every round at
 * once): the notices of days 0, 3 and 7 reach the client's mailbox once each, in its language; on day 14 {@code /v1}
 * refuses the tenant and says how to pay, the portal stays open, plan changes wait; a payment gives access back at
 * once and stops everything.
 */
class DunningIT {

    static final Api OPERATOR = Api.operator();

    GreenMail smtp;

    @BeforeAll
    static void company() {
        Billing.companyReady();
    }

    @BeforeEach
    void smtpUp() {
        smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void tearDown() {
        TestClock.shift(Duration.ZERO);
        smtp.stop();
    }

    @Test
    @DisplayName("a failed payment: notices on days 0, 3, 7 in English, once each; suspended on day 14 (/v1 403 saying"
            + " how to pay, portal open, plan changes refused); a payment restores access at once and ends it")
    void thirtyDays() throws Exception {
        String plan = BillingRunIT.businessPlan();
        String bigger = PlansIT.createPlan(
                        OPERATOR, Map.of("name", "Enterprise " + Api.unique("e"), "monthlyPriceEur", 599))
                .get("id")
                .asText();
        Tenants.Opened t = Billing.frenchBusiness("dun-e2e", "en");
        BillingRunIT.subscribe(t.id(), plan);
        ApiKeys.Created key = ApiKeys.create(t.id());
        String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Business plan", "1", "100.00"))));
        Billing.issue(invoice);

        Api.Reply failed = OPERATOR.post(
                "/api/admin/billing/invoices/" + invoice + "/payment-failures", Map.of("reason", "card declined"));
        assertThat(failed.status()).as(failed.toString()).isIn(200, 201);
        assertThat(status(t)).isEqualTo("past_due");
        assertThat(models(key).status()).as("past due, still served").isEqualTo(200);
        MimeMessage notice = arriving(t.adminEmail(), "payment_failed", 1).get(0);
        assertThat(notice.getHeader("Content-Language")).containsExactly("en");
        assertThat(MailIT.part(notice, "text/plain")).startsWith("Hello").contains("card declined");

        day(3);
        arriving(t.adminEmail(), "dunning_reminder", 1);
        day(7);
        arriving(t.adminEmail(), "dunning_last_chance", 1);
        assertThat(models(key).status()).isEqualTo(200);

        day(14);
        arriving(t.adminEmail(), "account_suspended", 1);
        assertThat(status(t)).isEqualTo("suspended");
        // The server that ran the suspension forgets the tenant at once; the other one within the tenant-status TTL.
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> models(key).status() == 403);
        RawHttp.Answer refused = models(key);
        assertThat(refused.status()).isEqualTo(403);
        JsonNode error = Api.JSON.readTree(refused.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("account_suspended");
        assertThat(error.get("message").asText()).contains("pay the unpaid invoices in the Guichet portal");
        Api portal = Tenants.signIn(t);
        assertThat(portal.get("/api/portal/invoices").json().findValuesAsText("id"))
                .as("the portal stays open so the client can pay")
                .contains(invoice);
        Api.Reply upgrade = portal.post("/api/portal/subscription/upgrade", Map.of("planId", bigger));
        assertThat(upgrade.status()).as(upgrade.toString()).isEqualTo(409);
        assertThat(upgrade.json().get("code").asText()).isEqualTo("PLAN_CHANGE_BLOCKED");
        JsonNode dunning = OPERATOR.get("/api/admin/billing/dunning?tenantId=" + t.id())
                .json()
                .get(0);
        assertThat(dunning.get("lastStep").asText()).isEqualTo("suspend");
        assertThat(dunning.get("nextStep").asText()).isEqualTo("cancel");

        Api.Reply paid = OPERATOR.post(
                "/api/admin/billing/invoices/" + invoice + "/payments", Map.of("amount", "120.00", "method", "card"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(status(t)).as("access back at once").isEqualTo("active");
        assertThat(models(key).status()).isEqualTo(200);
        day(30);
        assertThat(status(t)).as("no cancellation after the payment").isEqualTo("active");
        arriving(t.adminEmail(), "payment_received", 1);
        Thread.sleep(12_000); // a worker's tick on each server after the last mail
        for (String kind : List.of(
                "payment_failed", "dunning_reminder", "dunning_last_chance", "account_suspended", "payment_received")) {
            assertThat(mails(t.adminEmail(), kind)).as(kind + ", once").hasSize(1);
        }
    }

    /** Moves every server to the day, and runs a round of dunning on all of them at once. */
    private static void day(int n) {
        TestClock.shift(Duration.ofDays(n));
        List<CompletableFuture<Api.Reply>> rounds = new ArrayList<>();
        for (String server : TestClock.SERVERS) {
            rounds.add(CompletableFuture.supplyAsync(
                    () -> Api.operatorAt(server).post("/api/admin/billing/dunning/run", Map.of())));
        }
        for (CompletableFuture<Api.Reply> round : rounds) {
            Api.Reply reply = round.join();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
    }

    private static String status(Tenants.Opened t) {
        return OPERATOR.get("/api/admin/tenants/" + t.id()).json().get("status").asText();
    }

    private static RawHttp.Answer models(ApiKeys.Created key) {
        return RawHttp.getFrom("127.0.0.1", "/v1/models", key.secret());
    }

    private List<MimeMessage> arriving(String to, String kind, int count) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        List<MimeMessage> found = mails(to, kind);
        while (found.size() < count && Instant.now().isBefore(end)) {
            Thread.sleep(250);
            found = mails(to, kind);
        }
        assertThat(found).as(kind + " mails to " + to).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    private List<MimeMessage> mails(String to, String kind) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                    && kind.equals(m.getHeader("X-Guichet-Mail", null))) {
                found.add(m);
            }
        }
        return found;
    }
}
