package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds billing data through the admin API: the operator's company, billed tenants, drafts. */
final class Billing {

    static final Api OPERATOR = Api.operator();

    private Billing() {}

    /** The operator's company with every mandatory mention (a valid SIREN, SIRET and VAT number). */
    static Map<String, Object> company() {
        Map<String, Object> company = new HashMap<>();
        company.put("legalName", "Guichet Services");
        company.put("legalForm", "SAS");
        company.put("shareCapital", "10 000 €");
        company.put("addressLine1", "12 rue des Guichets");
        company.put("postalCode", "69002");
        company.put("city", "Lyon");
        company.put("country", "FR");
        company.put("siren", "443061841");
        company.put("siret", "44306184100005");
        company.put("rcs", "RCS Lyon 443 061 841");
        company.put("vatNumber", "FR64443061841");
        company.put("email", "factures@guichet.example");
        company.put("iban", "FR7630006000011234567890189");
        company.put("bic", "AGRIFRPP");
        company.put("paymentDays", 30);
        company.put("latePenalty", "3 fois le taux d'intérêt légal");
        company.put("autoIssue", false);
        return company;
    }

    static void companyReady() {
        Api.Reply reply = OPERATOR.put("/api/admin/billing/company", company());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("missingMentions")).isEmpty();
    }

    /** A tenant with a French business identity, in the given language. */
    static Tenants.Opened frenchBusiness(String prefix, String language) {
        Tenants.Opened t = Tenants.open(prefix);
        Map<String, Object> billing = Map.of(
                "legalName", "ACME Conseil SARL",
                "addressLine1", "1 rue de la Paix",
                "postalCode", "75002",
                "city", "Paris",
                "country", "FR",
                "siren", "732829320",
                "vatNumber", "FR44732829320");
        Api.Reply reply =
                OPERATOR.patch("/api/admin/tenants/" + t.id(), Map.of("billing", billing, "language", language));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return t;
    }

    static JsonNode draft(String tenantId, List<Map<String, Object>> lines) {
        Api.Reply reply = OPERATOR.post(
                "/api/admin/billing/invoices",
                Map.of("tenantId", tenantId, "lines", lines, "periodStart", "2026-11-01", "periodEnd", "2026-11-30"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    static Map<String, Object> line(String description, String quantity, String unitPrice) {
        return Map.of("description", description, "quantity", quantity, "unitPrice", unitPrice);
    }

    static JsonNode issue(String invoiceId) {
        Api.Reply reply = OPERATOR.post("/api/admin/billing/invoices/" + invoiceId + "/issue", Map.of());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static String id(JsonNode invoice) {
        return invoice.at("/summary/id").asText();
    }
}
