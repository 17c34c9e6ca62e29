package fr.guichet.billing.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Guichet's records in Dolibarr's words: a client as a third party ({@code client=1}, {@code ref_ext} = the
 * tenant's id, SIREN as {@code idprof1}, VAT number as {@code tva_intra}), an invoice as a Dolibarr invoice of
 * service lines (type 0, or 2 for a credit note with {@code fk_facture_source}) keeping Guichet's legal number in
 * {@code ref_ext} and {@code ref_client}, a payment with Guichet's payment id as its {@code num_payment}.
 */
@ApplicationScoped
public class DolibarrTranslation {

    static final int STANDARD = 0;
    static final int CREDIT_NOTE = 2;
    static final int SERVICE = 1;

    /** Dolibarr's country ids by ISO code, as its dictionary gave them (the same for every Dolibarr in practice). */
    private final java.util.Map<String, java.util.Optional<Long>> countryIds =
            new java.util.concurrent.ConcurrentHashMap<>();

    JsonObject party(Dolibarr dolibarr, ErpSnapshots.Party party) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", party.name())
                .add("client", 1)
                .add("ref_ext", party.tenantId());
        optional(json, "email", party.email());
        optional(json, "address", party.address());
        optional(json, "zip", party.postalCode());
        optional(json, "town", party.city());
        if (party.country() != null) {
            // Dolibarr keeps a country by its dictionary id; older versions ignore country_code
            countryIds
                    .computeIfAbsent(party.country(), code -> dolibarr.countryId(code))
                    .ifPresent(id -> json.add("country_id", id));
            json.add("country_code", party.country());
        }
        optional(json, "idprof1", party.siren());
        optional(json, "tva_intra", party.vatNumber());
        return json.build();
    }

    JsonObject invoice(ErpSnapshots.Invoice invoice, long socid, Long source) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("socid", socid)
                .add("type", invoice.creditNote() ? CREDIT_NOTE : STANDARD)
                .add("date", unix(invoice.issueDate()))
                .add("ref_ext", invoice.number())
                .add("ref_client", invoice.number())
                .add("note_public", "Guichet " + invoice.number());
        if (invoice.dueDate() != null) {
            json.add("date_lim_reglement", unix(invoice.dueDate()));
        }
        if (source != null) {
            json.add("fk_facture_source", source);
        }
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (ErpSnapshots.Line line : invoice.lines()) {
            lines.add(line(line, invoice.creditNote()));
        }
        return json.add("lines", lines).build();
    }

    JsonObject line(ErpSnapshots.Line line, boolean creditNote) {
        // Dolibarr makes a credit note's prices and totals negative itself (Facture::addline takes -abs(price)).
        BigDecimal price = creditNote ? line.unitPrice().abs() : line.unitPrice();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("desc", line.description())
                .add("qty", line.quantity().stripTrailingZeros().toPlainString())
                .add("subprice", price.toPlainString())
                .add("tva_tx", line.vatRate().setScale(3, RoundingMode.HALF_UP).toPlainString())
                .add("product_type", SERVICE);
        if (line.start() != null) {
            json.add("date_start", unix(line.start()));
        }
        if (line.end() != null) {
            json.add("date_end", unix(line.end()));
        }
        return json.build();
    }

    boolean isDraft(JsonObject invoice) {
        String status = Dolibarr.string(invoice, "statut");
        if (status == null) {
            status = Dolibarr.string(invoice, "status");
        }
        return status == null || "0".equals(status.strip());
    }

    /**
     * Makes a draft's lines Guichet's: some Dolibarr versions ignore lines given with the invoice, and a draft left
     * by an interrupted attempt may hold only some of them.
     */
    void completeLines(Dolibarr dolibarr, long id, JsonObject draft, ErpSnapshots.Invoice invoice) {
        JsonArray lines = draft.get("lines") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
        if (lines.size() == invoice.lines().size()) {
            return;
        }
        for (JsonValue value : lines) {
            if (value instanceof JsonObject line) {
                String lineId = Dolibarr.string(line, "id");
                if (lineId == null) {
                    lineId = Dolibarr.string(line, "rowid");
                }
                if (lineId != null) {
                    dolibarr.deleteLine(id, Long.parseLong(lineId));
                }
            }
        }
        for (ErpSnapshots.Line line : invoice.lines()) {
            dolibarr.addLine(id, line(line, invoice.creditNote()));
        }
    }

    JsonObject payment(ErpSnapshots.Payment payment, int mode, int bankAccount) {
        return common(payment, mode, bankAccount).build();
    }

    JsonObject distributedPayment(ErpSnapshots.Payment payment, long invoiceId, int mode, int bankAccount) {
        JsonObject amounts = Json.createObjectBuilder()
                .add(
                        Long.toString(invoiceId),
                        Json.createObjectBuilder()
                                .add(
                                        "amount",
                                        payment.appliedAmount()
                                                .setScale(2, RoundingMode.HALF_UP)
                                                .toPlainString())
                                .add("multicurrency_amount", ""))
                .build();
        return common(payment, mode, bankAccount).add("arrayofamounts", amounts).build();
    }

    private static JsonObjectBuilder common(ErpSnapshots.Payment payment, int mode, int bankAccount) {
        String comment = "Guichet payment " + payment.id()
                + (payment.reference() == null ? "" : " (" + payment.reference() + ")");
        return Json.createObjectBuilder()
                .add("datepaye", unix(payment.receivedOn()))
                .add("paymentid", mode)
                .add("closepaidinvoices", "yes")
                .add("accountid", bankAccount)
                .add("num_payment", payment.id())
                .add("comment", comment);
    }

    private static void optional(JsonObjectBuilder json, String field, String value) {
        if (value != null && !value.isBlank()) {
            json.add(field, value);
        }
    }

    static long unix(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
}
