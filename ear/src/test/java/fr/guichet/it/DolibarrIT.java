package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sync with Dolibarr end to end, against {@link DolibarrDouble} (Dolibarr 19's answers): clients, invoices,
 * credit notes and payments arrive once each, in order, whatever fails on the way; invoicing never waits for it.
 */
class DolibarrIT {

    static final Api OPERATOR = Api.operator();
    static final String SETTINGS = "/api/admin/billing/dolibarr";

    static DolibarrDouble dolibarr;

    @BeforeAll
    static void start() {
        Billing.companyReady();
        dolibarr = DolibarrDouble.start();
    }

    @AfterAll
    static void stop() {
        disconnect();
        dolibarr.close();
    }

    /** Forgets Dolibarr, so that the other tests queue nothing for it. */
    static void disconnect() {
        Api.Reply gone = OPERATOR.delete(SETTINGS);
        assertThat(gone.status()).as(gone.toString()).isEqualTo(204);
        assertThat(OPERATOR.get(SETTINGS).json().get("configured").asBoolean()).isFalse();
    }

    @BeforeEach
    void configured() {
        Api.Reply saved = OPERATOR.put(SETTINGS, settings(DolibarrDouble.KEY));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        dolibarr.down(false);
    }

    @AfterEach
    void clock() {
        TestClock.shift(Duration.ZERO);
    }

    static Map<String, Object> settings(String key) {
        return settings(dolibarr, key);
    }

    /** Settings that reach {@code target} with {@code key}, sync on. */
    static Map<String, Object> settings(DolibarrDouble target, String key) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("baseUrl", target.baseUrl());
        settings.put("apiKey", key);
        settings.put("bankAccountId", 1);
        settings.put("paymentModes", Map.of("transfer", 2, "card", 6));
        settings.put("enabled", true);
        return settings;
    }

    @Test
    @DisplayName("settings: the key never shows again, bad values are refused field by field, the connection test"
            + " reports Dolibarr's version and the key's missing rights")
    void settingsAndConnection() {
        JsonNode saved = OPERATOR.get(SETTINGS).json();
        assertThat(saved.get("apiKey").asText()).isEqualTo("****" + DolibarrDouble.KEY.substring(22));
        assertThat(saved.toString()).doesNotContain(DolibarrDouble.KEY);
        assertThat(saved.get("enabled").asBoolean()).isTrue();
        assertThat(saved.at("/paymentModes/card").asInt()).isEqualTo(6);

        Api.Reply bad = OPERATOR.put(
                SETTINGS, Map.of("baseUrl", "ftp://erp", "bankAccountId", -1, "paymentModes", Map.of("bitcoin", 3)));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().toString()).contains("baseUrl", "bankAccountId", "paymentModes.bitcoin");

        JsonNode test = OPERATOR.post(SETTINGS + "/test", Map.of()).json();
        assertThat(test.get("ok").asBoolean()).as(test.toString()).isTrue();
        assertThat(test.get("dolibarrVersion").asText()).isEqualTo(DolibarrDouble.VERSION);
        assertThat(test.get("user").asText()).isEqualTo("guichet-sync");
        assertThat(test.get("missingRights")).isEmpty();
    }

    @Test
    @DisplayName("a client, its invoice, a partial payment then the rest: one third party, one validated invoice with"
            + " Dolibarr's number shown beside Guichet's, two payments, the invoice paid")
    void happyPath() {
        Tenants.Opened t = Billing.frenchBusiness("erp-ok", "fr");
        String invoice = issued(t.id(), "120.00");
        String number = number(invoice);
        pay(invoice, "50.00", "transfer");
        pay(invoice, "94.00", "card");

        JsonNode record = synced("invoice", invoice);
        assertThat(record.get("dolibarrRef").asText()).matches("FA\\d{4}-\\d{4}");
        List<ObjectNode> parties = dolibarr.thirdParties(t.id());
        assertThat(parties).singleElement().satisfies(p -> {
            assertThat(p.get("name").asText()).isEqualTo("ACME Conseil SARL");
            assertThat(p.get("client").asText()).isEqualTo("1");
            assertThat(p.get("idprof1").asText()).isEqualTo("732829320");
            assertThat(p.get("tva_intra").asText()).isEqualTo("FR44732829320");
            assertThat(p.get("zip").asText()).isEqualTo("75002");
            assertThat(p.get("country_id").asText())
                    .as("France in Dolibarr's dictionary")
                    .isEqualTo("1");
        });
        awaitPaid(number);
        ObjectNode sent = dolibarr.invoices(number).get(0);
        assertThat(sent.get("ref_client").asText()).isEqualTo(number);
        assertThat(sent.get("socid").asText())
                .isEqualTo(parties.get(0).get("id").asText());
        assertThat(sent.get("lines")).singleElement().satisfies(l -> {
            assertThat(l.get("product_type").asText()).isEqualTo("1");
            assertThat(l.get("tva_tx").asText()).isEqualTo("20.000");
            assertThat(dec(l.get("subprice"))).isEqualByComparingTo("120.00");
        });
        assertThat(dec(sent.get("total_ttc"))).isEqualByComparingTo("144.00");
        assertThat(sent.get("payments"))
                .extracting(p -> p.get("amount").asText())
                .containsExactly("50.00000000", "94.00000000");
        assertThat(sent.get("statut").asText()).as("paid").isEqualTo("2");
        assertThat(OPERATOR.get(SETTINGS + "/tasks?tenantId=" + t.id()).json().get("items"))
                .isEmpty();
        JsonNode party = OPERATOR.get(SETTINGS + "/records?kind=party&ids=" + t.id())
                .json()
                .get(0);
        assertThat(party.get("state").asText()).isEqualTo("synced");
        assertThat(party.get("dolibarrId").asText())
                .isEqualTo(parties.get(0).get("id").asText());
    }

    @Test
    @DisplayName("a credit note: a type 2 invoice on the invoice it corrects, validated, its totals negative")
    void creditNote() {
        Tenants.Opened t = Billing.frenchBusiness("erp-credit", "en");
        String invoice = issued(t.id(), "100.00");
        Api.Reply credit = OPERATOR.post(
                "/api/admin/billing/invoices/" + invoice + "/credit-notes",
                Map.of("amountHt", "40.00", "reason", "Geste commercial"));
        assertThat(credit.status()).as(credit.toString()).isEqualTo(201);
        String creditNote = Billing.id(credit.json());

        JsonNode source = synced("invoice", invoice);
        JsonNode record = synced("invoice", creditNote);
        assertThat(record.get("dolibarrRef").asText()).matches("AV\\d{4}-\\d{4}");
        ObjectNode sent =
                dolibarr.invoices(credit.json().at("/summary/number").asText()).get(0);
        assertThat(sent.get("type").asText()).isEqualTo("2");
        assertThat(sent.get("fk_facture_source").asText())
                .isEqualTo(source.get("dolibarrId").asText());
        assertThat(dec(sent.get("total_ttc"))).isEqualByComparingTo("-48.00");
        assertThat(sent.get("paye").asText())
                .as("turned into the client's discount")
                .isEqualTo("1");
        String number = number(invoice);
        assertThat(dec(dolibarr.invoices(number).get(0).get("remaintopay")))
                .as("the credit note used on the invoice it corrects")
                .isEqualByComparingTo("72.00");

        pay(invoice, "72.00", "transfer");
        awaitPaid(number);
        assertThat(dolibarr.invoices(number).get(0).get("payments")).hasSize(1);
    }

    @Test
    @DisplayName("a whole credit note on an unpaid invoice closes it in Dolibarr; one above what is left to pay stays"
            + " the client's credit there, as in Guichet")
    void creditNoteSettles() {
        Tenants.Opened t = Billing.frenchBusiness("erp-credit-all", "fr");
        String whole = issued(t.id(), "10.00");
        Api.Reply note = OPERATOR.post(
                "/api/admin/billing/invoices/" + whole + "/credit-notes",
                Map.of("amountHt", "10.00", "reason", "Annulation"));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        synced("invoice", Billing.id(note.json()));
        awaitPaid(number(whole));

        String partlyPaid = issued(t.id(), "20.00");
        pay(partlyPaid, "10.00", "transfer");
        synced("payment", paymentIds(partlyPaid).get(0));
        Api.Reply above = OPERATOR.post(
                "/api/admin/billing/invoices/" + partlyPaid + "/credit-notes",
                Map.of("amountHt", "20.00", "reason", "Annulation"));
        assertThat(above.status()).as(above.toString()).isEqualTo(201);
        synced("invoice", Billing.id(above.json()));
        ObjectNode open = dolibarr.invoices(number(partlyPaid)).get(0);
        assertThat(dec(open.get("remaintopay")))
                .as("14 EUR left, the 24 EUR credit not used")
                .isEqualByComparingTo("14");
        assertThat(open.get("statut").asText()).isEqualTo("1");
    }

    @Test
    @DisplayName("Dolibarr down for an hour: invoicing and payments go on in Guichet, the sync says what waits and"
            + " why; back up, everything arrives in order, once")
    void downThenBack() {
        Tenants.Opened t = Billing.frenchBusiness("erp-down", "fr");
        synced("party", t.id());
        dolibarr.down(true);
        String first = issued(t.id(), "10.00");
        String second = issued(t.id(), "20.00");
        pay(first, "12.00", "transfer");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode tasks = OPERATOR.get(SETTINGS + "/tasks?tenantId=" + t.id())
                            .json()
                            .get("items");
                    return tasks.size() == 3 && tasks.get(0).get("attempts").asInt() >= 1;
                });
        JsonNode tasks =
                OPERATOR.get(SETTINGS + "/tasks?tenantId=" + t.id()).json().get("items");
        assertThat(tasks).extracting(x -> x.get("kind").asText()).containsExactly("invoice", "invoice", "payment");
        assertThat(tasks.get(0).get("status").asText()).isEqualTo("pending");
        assertThat(tasks.get(0).get("lastError").asText()).contains("503");
        assertThat(OPERATOR.get("/api/admin/billing/invoices/" + first)
                        .json()
                        .at("/summary/status")
                        .asText())
                .isEqualTo("paid");

        dolibarr.down(false);
        TestClock.shift(Duration.ofHours(1));
        run();
        synced("payment", paymentIds(first).get(0));
        assertThat(dolibarr.thirdParties(t.id())).hasSize(1);
        assertThat(dolibarr.invoices(number(first))).hasSize(1);
        assertThat(dolibarr.invoices(number(second))).hasSize(1);
        long firstId = dolibarr.invoices(number(first)).get(0).get("id").asLong();
        long secondId = dolibarr.invoices(number(second)).get(0).get("id").asLong();
        assertThat(firstId).as("in order").isLessThan(secondId);
        assertThat(dolibarr.invoices(number(first)).get(0).get("payments")).hasSize(1);
    }

    @Test
    @DisplayName("a timeout after Dolibarr created the invoice, then a 500 on validate: one invoice, validated once")
    void timeoutAfterCreate() {
        Tenants.Opened t = Billing.frenchBusiness("erp-late", "fr");
        synced("party", t.id());
        int before = dolibarr.calls().size();
        dolibarr.answerLate("POST", "/invoices", 5_000);
        dolibarr.failNext("POST", "/validate", 500, "Internal Server Error: Error when validating Invoice");
        String invoice = issued(t.id(), "30.00");
        JsonNode record = synced("invoice", invoice);
        assertThat(dolibarr.invoices(number(invoice))).singleElement().satisfies(i -> {
            assertThat(i.get("statut").asText()).isEqualTo("1");
            assertThat(i.get("ref").asText())
                    .isEqualTo(record.get("dolibarrRef").asText());
            assertThat(i.get("lines")).hasSize(1);
        });
        assertThat(dolibarr.calls().subList(before, dolibarr.calls().size()).stream()
                        .filter(c -> c.equals("POST /invoices")))
                .as("created once")
                .hasSize(1);
    }

    @Test
    @DisplayName("a refusal (4xx) stops the task with Dolibarr's words and holds the client's next tasks; retry now"
            + " sends them")
    void refusalStopsThenRetry() {
        Tenants.Opened t = Billing.frenchBusiness("erp-refused", "fr");
        synced("party", t.id());
        dolibarr.failNext("POST", "/invoices", 400, "Bad Request: Field 'date_lim_reglement' is not valid");
        String invoice = issued(t.id(), "40.00");
        pay(invoice, "48.00", "transfer");
        JsonNode failed = awaitState("invoice", invoice, "failed");
        assertThat(failed.get("lastError").asText()).contains("400", "date_lim_reglement");
        JsonNode tasks =
                OPERATOR.get(SETTINGS + "/tasks?tenantId=" + t.id()).json().get("items");
        assertThat(tasks).extracting(x -> x.get("status").asText()).containsExactly("failed", "pending");
        assertThat(tasks.get(1).get("attempts").asInt())
                .as("the payment waits, untried")
                .isZero();

        Api.Reply retried =
                OPERATOR.post(SETTINGS + "/tasks/" + tasks.get(0).get("id").asText() + "/retry", Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        synced("payment", paymentIds(invoice).get(0));
        assertThat(dolibarr.invoices(number(invoice)))
                .singleElement()
                .satisfies(i -> assertThat(i.get("statut").asText()).isEqualTo("2"));
        Api.Reply unknown = OPERATOR.post(SETTINGS + "/tasks/nope/retry", Map.of());
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a wrong API key (401): the sync halts and says so; the right key sends everything")
    void badKey() {
        Tenants.Opened t = Billing.frenchBusiness("erp-key", "fr");
        synced("party", t.id());
        assertThat(OPERATOR.put(SETTINGS, settings("wrong-key-wrong-key")).status())
                .isEqualTo(200);
        String invoice = issued(t.id(), "50.00");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> OPERATOR.get(SETTINGS).json().path("haltedReason").isTextual());
        assertThat(OPERATOR.get(SETTINGS).json().get("haltedReason").asText())
                .contains("Dolibarr refused the API key", "401");
        JsonNode test = OPERATOR.post(SETTINGS + "/test", Map.of()).json();
        assertThat(test.get("ok").asBoolean()).isFalse();
        assertThat(test.get("error").asText()).contains("401");
        assertThat(dolibarr.invoices(number(invoice))).isEmpty();

        assertThat(OPERATOR.put(SETTINGS, settings(DolibarrDouble.KEY)).status())
                .isEqualTo(200);
        synced("invoice", invoice);
        assertThat(OPERATOR.get(SETTINGS).json().path("haltedReason").isTextual())
                .isFalse();
    }

    @Test
    @DisplayName("100 invoices issued at once over every server: each synced once")
    void manyAtOnce() {
        Tenants.Opened blocked = Billing.frenchBusiness("erp-blocked", "fr");
        synced("party", blocked.id());
        dolibarr.failNext("POST", "/invoices", 400, "Bad Request: Field 'date_lim_reglement' is not valid");
        String stopped = issued(blocked.id(), "5.00");
        awaitState("invoice", stopped, "failed");
        String behind = issued(blocked.id(), "6.00");
        List<Tenants.Opened> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Tenants.Opened t = Billing.frenchBusiness("erp-many", "fr");
            synced("party", t.id());
            clients.add(t);
        }
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String tenant = clients.get(i % clients.size()).id();
            drafts.add(Billing.id(Billing.draft(tenant, List.of(Billing.line("Lot " + i, "1", "1.00")))));
        }
        List<CompletableFuture<Api.Reply>> issuing = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Api server = Api.operatorAt(TestClock.SERVERS.get(i % TestClock.SERVERS.size()));
            String draft = drafts.get(i);
            issuing.add(CompletableFuture.supplyAsync(
                    () -> server.post("/api/admin/billing/invoices/" + draft + "/issue", Map.of())));
        }
        issuing.forEach(
                f -> assertThat(f.join().status()).as(f.join().toString()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> records("invoice", drafts).findValuesAsText("state").stream()
                        .allMatch("synced"::equals));
        for (String invoice : drafts) {
            assertThat(dolibarr.invoices(number(invoice))).as(invoice).hasSize(1);
        }
        assertThat(records("invoice", List.of(behind)).get(0).get("state").asText())
                .as("behind its client's stopped invoice")
                .isEqualTo("pending");
    }

    @Test
    @DisplayName("the month's reconciliation reports an amount changed in Dolibarr, an invoice deleted there (with its"
            + " payment), and one still waiting to be sent; a bad month is refused")
    void reconciliation() {
        Tenants.Opened t = Billing.frenchBusiness("erp-recon", "fr");
        String kept = issued(t.id(), "10.00");
        String changed = issued(t.id(), "20.00");
        String deleted = issued(t.id(), "30.00");
        pay(deleted, "36.00", "transfer");
        synced("payment", paymentIds(deleted).get(0));
        synced("invoice", changed);
        dolibarr.edit(number(changed), "total_ttc", "25.00000000");
        dolibarr.delete(number(deleted));
        String credited = issued(t.id(), "50.00");
        pay(credited, "36.00", "transfer");
        synced("payment", paymentIds(credited).get(0));
        Api.Reply note = OPERATOR.post(
                "/api/admin/billing/invoices/" + credited + "/credit-notes",
                Map.of("amountHt", "50.00", "reason", "Annulation"));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        synced("invoice", Billing.id(note.json()));
        dolibarr.failNext("POST", "/invoices", 400, "Bad Request: Field 'date_lim_reglement' is not valid");
        String waiting = issued(t.id(), "40.00");
        awaitState("invoice", waiting, "failed");

        Api.Reply run = OPERATOR.post(SETTINGS + "/reconciliations", Map.of());
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode report = run.json();
        assertThat(report.path("error").isTextual()).as(report.toString()).isFalse();
        assertThat(report.get("found").size())
                .as("every difference kept (other tests' invoices were never sent)")
                .isEqualTo(report.get("differences").asInt());
        Map<String, String> byRef = new HashMap<>();
        report.get("found")
                .forEach(d ->
                        byRef.merge(d.get("guichetRef").asText(), d.get("kind").asText(), (a, b) -> a + "," + b));
        assertThat(byRef.get(number(changed))).isEqualTo("amount");
        assertThat(byRef.get(number(deleted)))
                .as("the invoice, and its payment")
                .isEqualTo("missing,payment_missing");
        assertThat(byRef).doesNotContainKey(number(kept));
        assertThat(byRef.get(number(waiting))).as("known to be stopped").isEqualTo("not_sent");
        assertThat(byRef.get(number(credited)))
                .as("settled by its credit note in Guichet, still to pay in Dolibarr")
                .isEqualTo("open_in_dolibarr");
        assertThat(byRef).doesNotContainKey(note.json().at("/summary/number").asText());
        assertThat(report.get("found").toString()).contains("24.00 EUR in Guichet and 25 EUR in Dolibarr");
        JsonNode listed =
                OPERATOR.get(SETTINGS + "/reconciliations?size=1").json().at("/items/0");
        assertThat(listed.get("id").asText()).isEqualTo(report.get("id").asText());

        Api.Reply bad = OPERATOR.post(SETTINGS + "/reconciliations", Map.of("month", "2026-13"));
        assertThat(bad.status()).isEqualTo(400);
        Api.Reply future = OPERATOR.post(SETTINGS + "/reconciliations", Map.of("month", "2999-01"));
        assertThat(future.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("a payment that timed out after Dolibarr recorded it: recorded once")
    void paymentTimeoutAfterRecorded() {
        Tenants.Opened t = Billing.frenchBusiness("erp-paylate", "fr");
        String invoice = issued(t.id(), "70.00");
        synced("invoice", invoice);
        dolibarr.answerLate("POST", "/payments", 5_000);
        pay(invoice, "84.00", "transfer");
        synced("payment", paymentIds(invoice).get(0));
        ObjectNode sent = dolibarr.invoices(number(invoice)).get(0);
        assertThat(sent.get("payments")).as("once").hasSize(1);
        assertThat(sent.get("statut").asText()).isEqualTo("2");
    }

    // --- helpers ---

    /** A Dolibarr number, which comes as a string ("144.00000000"). */
    private static java.math.BigDecimal dec(JsonNode value) {
        return new java.math.BigDecimal(value.asText());
    }

    private static String issued(String tenantId, String amount) {
        String id = Billing.id(Billing.draft(tenantId, List.of(Billing.line("Abonnement Pro", "1", amount))));
        Billing.issue(id);
        return id;
    }

    private static String number(String invoiceId) {
        return OPERATOR.get("/api/admin/billing/invoices/" + invoiceId)
                .json()
                .at("/summary/number")
                .asText();
    }

    private static void pay(String invoiceId, String amount, String method) {
        Api.Reply paid = OPERATOR.post(
                "/api/admin/billing/invoices/" + invoiceId + "/payments", Map.of("amount", amount, "method", method));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    }

    private static List<String> paymentIds(String invoiceId) {
        return OPERATOR.get("/api/admin/billing/invoices/" + invoiceId)
                .json()
                .get("payments")
                .findValuesAsText("id");
    }

    private static void run() {
        for (String server : TestClock.SERVERS) {
            Api.operatorAt(server).post(SETTINGS + "/run", Map.of());
        }
    }

    private static JsonNode records(String kind, List<String> ids) {
        return OPERATOR.get(SETTINGS + "/records?kind=" + kind + "&ids=" + String.join(",", ids))
                .json();
    }

    private static JsonNode synced(String kind, String id) {
        return awaitState(kind, id, "synced");
    }

    private static JsonNode awaitState(String kind, String id, String state) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() ->
                        records(kind, List.of(id)).get(0).get("state").asText().equals(state));
        return records(kind, List.of(id)).get(0);
    }

    private static void awaitPaid(String number) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> dolibarr.invoices(number).stream()
                        .anyMatch(i -> i.get("statut").asText().equals("2")));
    }
}
