package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Invoices as operators and clients use them over HTTP: the company's mandatory mentions, a manual draft, its issue
 * under a legal number with its PDF and Factur-X, payments, credit notes, and the refusals that keep an issued invoice
 * unchanged. Tenants see only their own issued invoices.
 */
class BillingIT {

    static final Api OPERATOR = Api.operator();
    static final String YEAR =
            String.valueOf(LocalDate.now(ZoneId.of("Europe/Paris")).getYear());

    @BeforeAll
    static void company() {
        Billing.companyReady();
    }

    @Test
    @DisplayName("the company settings refuse a wrong SIREN in words, and list what invoices still miss")
    void companyChecks() {
        Map<String, Object> wrong = Billing.company();
        wrong.put("siren", "443061842");
        wrong.put("paymentDays", 90);
        Api.Reply refused = OPERATOR.put("/api/admin/billing/company", wrong);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("violations").findValuesAsText("field")).contains("siren", "paymentDays");
        assertThat(OPERATOR.get("/api/admin/billing/company").json().get("missingMentions"))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "a draft is issued under the next INV number, with totals, a PDF/A and its Factur-X, the same bytes each time")
    void issueWithDocuments() {
        Tenants.Opened t = Billing.frenchBusiness("bill-doc", "fr");
        JsonNode draft = Billing.draft(
                t.id(),
                List.of(
                        Billing.line("Abonnement Business", "1", "299.00"),
                        Billing.line("Clés d'API supplémentaires", "2", "50.00")));
        assertThat(draft.at("/summary/status").asText()).isEqualTo("draft");
        assertThat(draft.at("/summary/number").isMissingNode()
                        || draft.at("/summary/number").isNull())
                .isTrue();
        assertThat(draft.at("/summary/totalTtc").decimalValue()).isEqualByComparingTo("478.80");

        JsonNode issued = Billing.issue(Billing.id(draft));
        String number = issued.at("/summary/number").asText();
        assertThat(number).matches("INV-" + YEAR + "-\\d{6}");
        assertThat(issued.at("/summary/status").asText()).isEqualTo("issued");
        assertThat(issued.at("/summary/totalHt").decimalValue()).isEqualByComparingTo("399.00");
        assertThat(issued.at("/vat/0/amount").decimalValue()).isEqualByComparingTo("79.80");
        assertThat(LocalDate.parse(issued.at("/summary/dueDate").asText()))
                .isEqualTo(LocalDate.parse(issued.at("/summary/issueDate").asText())
                        .plusDays(30));

        String path = "/api/admin/billing/invoices/" + Billing.id(draft);
        HttpResponse<byte[]> pdf = OPERATOR.bytes(path + "/pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains(number + ".pdf");
        assertThat(OPERATOR.bytes(path + "/pdf", "application/pdf").body()).isEqualTo(pdf.body());
        HttpResponse<byte[]> xml = OPERATOR.bytes(path + "/facturx", "application/xml");
        String facturX = new String(xml.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(facturX).contains(number).contains("urn:cen.eu:en16931:2017").contains("478.80");
    }

    @Test
    @DisplayName("an invoice to a client without an address is not issued: 409 BUYER_INCOMPLETE names what is missing")
    void buyerIncomplete() {
        Tenants.Opened t = Tenants.open("bill-noaddr");
        String draft = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Conseil", "1", "10.00"))));
        Api.Reply refused = OPERATOR.post("/api/admin/billing/invoices/" + draft + "/issue", Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("BUYER_INCOMPLETE");
        assertThat(refused.json().get("detail").asText()).contains("billing.addressLine1", "billing.country");
        assertThat(OPERATOR.get("/api/admin/billing/invoices/" + draft)
                        .json()
                        .at("/summary/status")
                        .asText())
                .isEqualTo("draft");
    }

    @Test
    @DisplayName("an issued invoice is never edited nor deleted: 409 invoice_issued, nothing changed")
    void issuedIsFrozen() {
        Tenants.Opened t = Billing.frenchBusiness("bill-frozen", "en");
        JsonNode draft = Billing.draft(t.id(), List.of(Billing.line("Setup", "1", "100.00")));
        Billing.issue(Billing.id(draft));
        String path = "/api/admin/billing/invoices/" + Billing.id(draft);
        Api.Reply edit = OPERATOR.put(path, Map.of("lines", List.of(Billing.line("Setup", "1", "1.00"))));
        assertThat(edit.status()).as(edit.toString()).isEqualTo(409);
        assertThat(edit.json().get("code").asText()).isEqualTo("INVOICE_ISSUED");
        Api.Reply delete = OPERATOR.delete(path);
        assertThat(delete.status()).as(delete.toString()).isEqualTo(409);
        assertThat(OPERATOR.get(path).json().at("/summary/totalTtc").decimalValue())
                .isEqualByComparingTo("120.00");
    }

    @Test
    @DisplayName("payments add up to paid; above the balance is refused unless it is an overpayment, kept as credit")
    void payments() {
        Tenants.Opened t = Billing.frenchBusiness("bill-pay", "fr");
        String first = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Conseil", "1", "100.00"))));
        Billing.issue(first);
        String path = "/api/admin/billing/invoices/" + first + "/payments";
        Api.Reply partial = OPERATOR.post(path, Map.of("amount", "50.00", "method", "transfer", "reference", "VIR-1"));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(201);
        assertThat(partial.json().at("/summary/status").asText()).isEqualTo("partially_paid");
        assertThat(partial.json().at("/summary/balance").decimalValue()).isEqualByComparingTo("70.00");

        Api.Reply above = OPERATOR.post(path, Map.of("amount", "80.00", "method", "transfer"));
        assertThat(above.status()).as(above.toString()).isEqualTo(409);
        assertThat(above.json().get("code").asText()).isEqualTo("PAYMENT_ABOVE_BALANCE");
        Api.Reply negative = OPERATOR.post(path, Map.of("amount", "-5", "method", "transfer"));
        assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
        assertThat(OPERATOR.get("/api/admin/billing/invoices/" + first).json().get("payments"))
                .hasSize(1);

        Api.Reply over = OPERATOR.post(path, Map.of("amount", "80.00", "method", "card", "overpayment", true));
        assertThat(over.status()).as(over.toString()).isEqualTo(201);
        assertThat(over.json().at("/summary/status").asText()).isEqualTo("paid");
        assertThat(over.json().at("/payments/1/toCredit").decimalValue()).isEqualByComparingTo("10.00");
        String byStatus = "/api/admin/billing/invoices?tenantId=" + t.id() + "&status=";
        assertThat(OPERATOR.get(byStatus + "paid").json().get("items").findValuesAsText("id"))
                .as("the list agrees with the invoice: paid")
                .containsExactly(first);
        assertThat(OPERATOR.get(byStatus + "partially_paid").json().get("items"))
                .isEmpty();

        String second = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Conseil", "1", "50.00"))));
        JsonNode next = Billing.issue(second);
        assertThat(next.get("prepaid").decimalValue()).as("the credit is used").isEqualByComparingTo("10.00");
        assertThat(next.at("/summary/balance").decimalValue()).isEqualByComparingTo("50.00");
    }

    @Test
    @DisplayName("a credit note corrects an issued invoice under an AV number, never for more than the invoice")
    void creditNotes() {
        Tenants.Opened t = Billing.frenchBusiness("bill-credit", "fr");
        String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Abonnement Pro", "1", "100.00"))));
        Billing.issue(invoice);
        String path = "/api/admin/billing/invoices/" + invoice + "/credit-notes";
        Api.Reply part = OPERATOR.post(path, Map.of("amountHt", "40.00", "reason", "Geste commercial"));
        assertThat(part.status()).as(part.toString()).isEqualTo(201);
        assertThat(part.json().at("/summary/number").asText()).matches("AV-" + YEAR + "-\\d{6}");
        assertThat(part.json().at("/summary/totalTtc").decimalValue()).isEqualByComparingTo("48.00");
        assertThat(part.json().get("creditedInvoiceId").asText()).isEqualTo(invoice);
        assertThat(part.json().at("/summary/status").asText()).isEqualTo("issued");

        Api.Reply tooMuch = OPERATOR.post(path, Map.of("amountHt", "60.01", "reason", "Trop"));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(409);
        assertThat(tooMuch.json().get("code").asText()).isEqualTo("CREDIT_ABOVE_INVOICE");
        JsonNode credited =
                OPERATOR.get("/api/admin/billing/invoices/" + invoice).json();
        assertThat(credited.get("credited").decimalValue()).isEqualByComparingTo("48.00");
        assertThat(credited.at("/summary/balance").decimalValue()).isEqualByComparingTo("72.00");
        assertThat(credited.get("creditNotes")).hasSize(1);
    }

    @Test
    @DisplayName("an invoice credited in three parts of 33.33, 33.33 and 33.34 HT is credited in full, to the cent")
    void creditInParts() {
        Tenants.Opened t = Billing.frenchBusiness("bill-parts", "fr");
        String invoice = Billing.id(Billing.draft(t.id(), List.of(Billing.line("Abonnement Pro", "1", "100.00"))));
        Billing.issue(invoice);
        String path = "/api/admin/billing/invoices/" + invoice + "/credit-notes";
        for (String part : List.of("33.33", "33.33", "33.34")) {
            Api.Reply reply = OPERATOR.post(path, Map.of("amountHt", part, "reason", "Remboursement partiel"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
        JsonNode credited =
                OPERATOR.get("/api/admin/billing/invoices/" + invoice).json();
        assertThat(credited.get("credited").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(credited.at("/summary/balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(credited.at("/summary/status").asText())
                .as("cancelled in full, not paid")
                .isEqualTo("credited");
        assertThat(OPERATOR.get("/api/admin/billing/invoices?status=credited&tenantId=" + t.id())
                        .json()
                        .get("items")
                        .findValuesAsText("id"))
                .containsExactly(invoice);
        Api.Reply more = OPERATOR.post(path, Map.of("amountHt", "0.01", "reason", "Encore"));
        assertThat(more.status()).as(more.toString()).isEqualTo(409);
    }

    @Test
    @DisplayName("a tenant lists and downloads only its own issued invoices; another tenant's is not found")
    void portalIsolation() {
        Tenants.Opened mine = Billing.frenchBusiness("bill-mine", "fr");
        Tenants.Opened other = Billing.frenchBusiness("bill-other", "fr");
        String issued = Billing.id(Billing.draft(mine.id(), List.of(Billing.line("Audit", "1", "10.00"))));
        Billing.issue(issued);
        String draft = Billing.id(Billing.draft(mine.id(), List.of(Billing.line("Brouillon", "1", "10.00"))));
        String theirs = Billing.id(Billing.draft(other.id(), List.of(Billing.line("Autre", "1", "10.00"))));
        Billing.issue(theirs);

        Api portal = Tenants.signIn(mine);
        JsonNode list = portal.get("/api/portal/invoices").json();
        assertThat(list.get("items").findValuesAsText("id")).containsExactly(issued);
        Api.Reply paid = OPERATOR.post(
                "/api/admin/billing/invoices/" + issued + "/payments",
                java.util.Map.of("amount", "5.00", "method", "card"));
        assertThat(paid.json().at("/payments/0/recordedBy").asText()).startsWith("operator:");
        JsonNode seen = portal.get("/api/portal/invoices/" + issued).json();
        assertThat(seen.at("/summary/id").asText()).isEqualTo(issued);
        assertThat(seen.at("/payments/0").has("recordedBy"))
                .as("operators' e-mails stay with operators")
                .isFalse();
        assertThat(portal.get("/api/portal/invoices/" + draft).status()).isEqualTo(404);
        assertThat(portal.get("/api/portal/invoices/" + theirs).status()).isEqualTo(404);
        assertThat(portal.bytes("/api/portal/invoices/" + theirs + "/pdf", "application/pdf")
                        .statusCode())
                .isEqualTo(404);
        assertThat(portal.bytes("/api/portal/invoices/" + issued + "/pdf", "application/pdf")
                        .statusCode())
                .isEqualTo(200);
    }
}
