package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions and the monthly run over HTTP, with the server's clock moved: a period that is over gets one invoice
 * (fee and extra keys), however often the run runs; a client cancels at the period's end and resumes.
 */
class BillingRunIT {

    static final Api OPERATOR = Api.operator();

    @BeforeAll
    static void company() {
        Billing.companyReady();
    }

    @AfterEach
    void resetClock() {
        TestClock.shift(Duration.ZERO);
    }

    static String businessPlan() {
        String plan = PlansIT.createPlan(
                        OPERATOR,
                        Map.of("name", "Business " + Api.unique("b"), "monthlyPriceEur", 299, "extraKeyPriceEur", 50))
                .get("id")
                .asText();
        Api.Reply pricing = OPERATOR.put("/api/admin/billing/plans/" + plan + "/pricing", Map.of("includedKeys", 1));
        assertThat(pricing.status()).as(pricing.toString()).isEqualTo(200);
        return plan;
    }

    static JsonNode subscribe(String tenantId, String planId) {
        Api.Reply reply = OPERATOR.post("/api/admin/billing/subscriptions/" + tenantId, Map.of("planId", planId));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    static JsonNode invoicesOf(String tenantId) {
        Api.Reply list = OPERATOR.get("/api/admin/billing/invoices?tenantId=" + tenantId);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("items");
    }

    @Test
    @DisplayName("a period that is over gets one draft with the fee and the extra keys; running again adds nothing")
    void monthlyRunOnce() {
        String plan = businessPlan();
        Tenants.Opened t = Billing.frenchBusiness("bill-run", "fr");
        JsonNode subscription = subscribe(t.id(), plan);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        assertThat(subscription.get("status").asText()).isEqualTo("active");
        assertThat(subscription.get("price").decimalValue()).isEqualByComparingTo("299.00");
        assertThat(LocalDate.parse(subscription.get("renewsOn").asText()))
                .isBetween(today.plusDays(27), today.plusMonths(1).plusDays(1));
        JsonNode listed = OPERATOR.get("/api/admin/billing/subscriptions?status=active&planId=" + plan)
                .json();
        assertThat(listed.get("items").findValuesAsText("tenantId")).containsExactly(t.id());
        assertThat(OPERATOR.get("/api/admin/billing/subscriptions?status=trialing&planId=" + plan)
                        .json()
                        .get("items"))
                .isEmpty();
        Api.Reply badStatus = OPERATOR.get("/api/admin/billing/subscriptions?status=paused");
        assertThat(badStatus.status()).as(badStatus.toString()).isEqualTo(400);
        assertThat(Tenants.signIn(t).get("/api/admin/billing/subscriptions").status())
                .as("operators only")
                .isIn(401, 403);
        ApiKeys.create(t.id());
        ApiKeys.create(t.id());
        assertThat(OPERATOR.post("/api/admin/billing/run", Map.of()).status()).isEqualTo(200);
        assertThat(invoicesOf(t.id())).as("nothing is over yet").isEmpty();

        TestClock.shift(Duration.ofDays(33));
        Api.Reply run = OPERATOR.post("/api/admin/billing/run", Map.of());
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode invoices = invoicesOf(t.id());
        assertThat(invoices).hasSize(1);
        JsonNode invoice = OPERATOR.get("/api/admin/billing/invoices/"
                        + invoices.get(0).get("id").asText())
                .json();
        assertThat(invoice.at("/summary/status").asText()).isEqualTo("draft");
        assertThat(invoice.get("lines").findValuesAsText("kind")).containsExactly("fee", "extra_keys");
        assertThat(invoice.at("/summary/totalHt").decimalValue()).isEqualByComparingTo("349.00");
        assertThat(invoice.at("/summary/totalTtc").decimalValue()).isEqualByComparingTo("418.80");
        assertThat(invoice.at("/summary/periodStart").asText())
                .isEqualTo(subscription.get("billingFrom").asText());
        String served = subscription.get("billingFrom").asText().substring(0, 7);
        String byPeriod = "/api/admin/billing/invoices?tenantId=" + t.id() + "&period=";
        assertThat(OPERATOR.get(byPeriod + served).json().get("items"))
                .as("served that month")
                .hasSize(1);
        assertThat(OPERATOR.get(byPeriod + java.time.YearMonth.parse(served).minusMonths(1))
                        .json()
                        .get("items"))
                .as("nothing served the month before")
                .isEmpty();
        Api.Reply badPeriod = OPERATOR.get(byPeriod + "novembre");
        assertThat(badPeriod.status()).as(badPeriod.toString()).isEqualTo(400);
        assertThat(badPeriod.toString()).contains("2026-11");

        assertThat(OPERATOR.post("/api/admin/billing/run", Map.of()).status()).isEqualTo(200);
        assertThat(invoicesOf(t.id())).as("run twice, still one invoice").hasSize(1);
    }

    @Test
    @DisplayName("a client cancels at the period's end, keeps access until then, and may resume; members may not")
    void cancelAndResume() {
        String plan = businessPlan();
        Tenants.Opened t = Billing.frenchBusiness("bill-cancel", "en");
        JsonNode subscription = subscribe(t.id(), plan);
        Api portal = Tenants.signIn(t);
        String bigger = PlansIT.createPlan(
                        OPERATOR, Map.of("name", "Enterprise " + Api.unique("e"), "monthlyPriceEur", 999))
                .get("id")
                .asText();
        Api.Reply preview = portal.get("/api/portal/subscription/preview?planId=" + bigger);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("kind").asText()).isEqualTo("upgrade");
        assertThat(preview.json().get("net").decimalValue())
                .as("charged for the rest of the period, less the unused share of the current fee")
                .isEqualByComparingTo(preview.json()
                        .get("charge")
                        .decimalValue()
                        .subtract(preview.json().get("credit").decimalValue()))
                .isGreaterThan(java.math.BigDecimal.ZERO);
        assertThat(portal.get("/api/portal/subscription").json().get("planId").asText())
                .as("a preview changes nothing")
                .isEqualTo(plan);
        Api.Reply cancelled = portal.post("/api/portal/subscription/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("cancelAtPeriodEnd").asBoolean()).isTrue();
        assertThat(cancelled.json().get("endsOn").asText())
                .isEqualTo(subscription.get("renewsOn").asText());
        assertThat(cancelled.json().get("status").asText()).isEqualTo("active");
        Api.Reply resumed = portal.post("/api/portal/subscription/resume", Map.of());
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(resumed.json().get("cancelAtPeriodEnd").asBoolean()).isFalse();
        Api.Reply again = portal.post("/api/portal/subscription/resume", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        Api.Reply wrongWay = portal.post("/api/portal/subscription/downgrade", Map.of("planId", bigger));
        assertThat(wrongWay.status()).as(wrongWay.toString()).isEqualTo(409);
        assertThat(wrongWay.json().get("code").asText()).isEqualTo("PLAN_CHANGE_DIRECTION");
        assertThat(wrongWay.json().get("detail").asText()).contains("upgrade");
        Api.Reply upgraded = portal.post("/api/portal/subscription/upgrade", Map.of("planId", bigger));
        assertThat(upgraded.status()).as(upgraded.toString()).isEqualTo(200);
        assertThat(upgraded.json().get("planId").asText())
                .as("an upgrade applies at once")
                .isEqualTo(bigger);
        Api.Reply notUp = portal.post("/api/portal/subscription/upgrade", Map.of("planId", plan));
        assertThat(notUp.status()).as(notUp.toString()).isEqualTo(409);
        Api.Reply downgraded = portal.post("/api/portal/subscription/downgrade", Map.of("planId", plan));
        assertThat(downgraded.status()).as(downgraded.toString()).isEqualTo(200);
        assertThat(downgraded.json().get("planId").asText())
                .as("until the period's end")
                .isEqualTo(bigger);
        assertThat(downgraded.json().get("pendingPlanId").asText()).isEqualTo(plan);
        assertThat(downgraded.json().get("pendingFrom").asText())
                .isEqualTo(subscription.get("renewsOn").asText());
    }

    @Test
    @DisplayName("subscribing twice, to an unknown plan, or a tenant of no one is refused in words")
    void badSubscriptions() {
        String plan = businessPlan();
        Tenants.Opened t = Billing.frenchBusiness("bill-bad", "fr");
        Api.Reply unknown = OPERATOR.post("/api/admin/billing/subscriptions/" + t.id(), Map.of("planId", "nope"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("PLAN_NOT_FOUND");
        subscribe(t.id(), plan);
        Api.Reply twice = OPERATOR.post("/api/admin/billing/subscriptions/" + t.id(), Map.of("planId", plan));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().get("code").asText()).isEqualTo("SUBSCRIPTION_EXISTS");
        Api.Reply nobody = OPERATOR.post("/api/admin/billing/subscriptions/no-such-tenant", Map.of("planId", plan));
        assertThat(nobody.status()).as(nobody.toString()).isEqualTo(404);
    }
}
