package fr.guichet.notify.service;

import fr.guichet.notify.domain.MailKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sample values for every template variable, to preview a template and to check that it renders. */
final class SampleModels {

    private SampleModels() {}

    static Map<String, Object> of(MailKind kind, String language) {
        boolean fr = !"en".equals(language);
        Map<String, Object> m = new HashMap<>();
        m.put("tenantName", "ACME Conseil");
        m.put("portalUrl", "https://guichet.example/portal/acme/");
        m.put("operatorName", "Guichet Services");
        m.put("userEmail", "jeanne@acme.example");
        m.put("signInUrl", "https://guichet.example/portal/acme/");
        m.put("setPasswordUrl", "https://guichet.example/portal/acme/password?token=sample");
        m.put("resetUrl", "https://guichet.example/portal/acme/password?token=sample");
        m.put("expiresIn", "48 h");
        m.put("invoiceNumber", "INV-2026-000123");
        m.put("issueDate", fr ? "01/12/2026" : "2026-12-01");
        m.put("dueDate", fr ? "31/12/2026" : "2026-12-31");
        m.put("periodStart", fr ? "01/11/2026" : "2026-11-01");
        m.put("periodEnd", fr ? "30/11/2026" : "2026-11-30");
        m.put("totalTtc", fr ? "418,80 €" : "€418.80");
        m.put("amountDue", fr ? "418,80 €" : "€418.80");
        m.put("prepaid", false);
        m.put("prepaidAmount", fr ? "0,00 €" : "€0.00");
        m.put("amount", fr ? "418,80 €" : "€418.80");
        m.put("receivedOn", fr ? "05/12/2026" : "2026-12-05");
        m.put("balance", fr ? "0,00 €" : "€0.00");
        m.put("paidInFull", true);
        m.put("reason", fr ? "carte refusée" : "card declined");
        m.put("payUrl", "https://guichet.example/portal/acme/invoices");
        m.put("daysLate", 3);
        m.put("suspendOn", fr ? "14/01/2027" : "2027-01-14");
        m.put("cancelOn", fr ? "30/01/2027" : "2027-01-30");
        m.put("metric", fr ? "requêtes" : "requests");
        m.put("used", "1 600");
        m.put("limit", "2 000");
        m.put("percent", 80);
        m.put("planName", "Business");
        m.put("resetsOn", fr ? "01/01/2027" : "2027-01-01");
        m.put("upgradeUrl", "https://guichet.example/portal/acme/subscription");
        m.put("endsOn", fr ? "15/12/2026" : "2026-12-15");
        m.put("daysLeft", 14);
        m.put("deleteOn", fr ? "31/12/2026" : "2026-12-31");
        m.put("deletedOn", fr ? "31/12/2026" : "2026-12-31");
        m.put("exportUrl", "https://guichet.example/portal/acme/export");
        m.put("cancelUrl", "https://guichet.example/portal/acme/settings");
        m.put("downloadUrl", "https://guichet.example/portal/acme/export/sample");
        m.put("expiresOn", fr ? "08/12/2026" : "2026-12-08");
        m.put("kind", kind.wireName());
        m.put("items", List.of());
        return m;
    }
}
