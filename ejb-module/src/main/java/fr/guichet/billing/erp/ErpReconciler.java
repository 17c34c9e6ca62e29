package fr.guichet.billing.erp;

import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a month's issued invoices, credit notes and payments in Guichet with Dolibarr's, and records what
 * differs: missing there (or known to be not sent yet), there twice, still a draft, of another amount, a payment
 * missing or of another amount, or an invoice there with a Guichet number Guichet did not issue that month.
 */
@ApplicationScoped
public class ErpReconciler {

    /** The most differences one report keeps; its count says how many there were. */
    static final int MAX_KEPT = 2000;

    /** The most pages (of 100) of Dolibarr invoices read for a month. */
    static final int MAX_PAGES = 500;

    @Inject
    ErpSteps steps;

    @Inject
    ErpSync sync;

    @Inject
    ErpMonth month;

    @Inject
    ErpReports reports;

    @Inject
    TenancyConfig zone;

    @Inject
    Clock clock;

    /** This month, in the operator's zone. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(zone.zone()));
    }

    public record Difference(String kind, String guichetRef, String dolibarrRef, String detail) {}

    /** Reconciles the month; the report, or empty when Dolibarr is not configured or its sync is off. */
    public Optional<ErpViews.Reconciliation> reconcile(YearMonth period, String actor) {
        Optional<ErpConnection> connection = steps.connection().filter(ErpConnection::enabled);
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        ErpMonth.Books books = month.read(period);
        List<Difference> differences = new ArrayList<>();
        try {
            Dolibarr dolibarr = sync.dolibarr(connection.get());
            Map<String, List<JsonObject>> theirs = invoicesOf(dolibarr, period);
            compareInvoices(dolibarr, books, theirs, differences);
            comparePayments(dolibarr, books, differences);
        } catch (DolibarrException e) {
            return Optional.of(reports.record(
                    period,
                    actor,
                    books.issued().size(),
                    books.payments().size(),
                    differences,
                    "Dolibarr could not be read: " + e.getMessage()));
        }
        return Optional.of(reports.record(
                period, actor, books.issued().size(), books.payments().size(), differences, null));
    }

    /** Dolibarr's invoices dated in the month that carry a reference of Guichet's ({@code ref_ext}), by it. */
    private static Map<String, List<JsonObject>> invoicesOf(Dolibarr dolibarr, YearMonth period) {
        Map<String, List<JsonObject>> byRef = new HashMap<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonArray items = dolibarr.invoicesBetween(period.atDay(1), period.atEndOfMonth(), page);
            for (JsonValue value : items) {
                if (value instanceof JsonObject invoice) {
                    String ref = Dolibarr.string(invoice, "ref_ext");
                    if (ref != null && !ref.isBlank()) {
                        byRef.computeIfAbsent(ref, r -> new ArrayList<>()).add(invoice);
                    }
                }
            }
            if (items.size() < 100) {
                break;
            }
        }
        return byRef;
    }

    private static void compareInvoices(
            Dolibarr dolibarr, ErpMonth.Books books, Map<String, List<JsonObject>> theirs, List<Difference> out) {
        Map<String, List<JsonObject>> unmatched = new HashMap<>(theirs);
        for (ErpMonth.Issued ours : books.issued()) {
            List<JsonObject> found = unmatched.remove(ours.number());
            if (found == null) {
                // Never synced: not there, no need to ask. Synced but dated in another month there: read it by its id.
                found = ours.remoteId() == null
                        ? List.of()
                        : byId(dolibarr, ours.remoteId())
                                .filter(i -> ours.number().equals(Dolibarr.string(i, "ref_ext")))
                                .map(List::of)
                                .orElse(List.of());
            }
            String what = ours.creditNote() ? "Credit note " : "Invoice ";
            if (found.isEmpty()) {
                out.add(absent(books, ours.id(), "", ours.number(), what + ours.number(), ""));
                continue;
            }
            JsonObject first = found.get(0);
            String ref = Dolibarr.string(first, "ref");
            if (found.size() > 1) {
                out.add(new Difference(
                        "duplicate",
                        ours.number(),
                        ref,
                        what + ours.number() + " is in Dolibarr "
                                + found.size() + " times ("
                                + String.join(
                                        ", ",
                                        found.stream()
                                                .map(f -> Dolibarr.string(f, "ref"))
                                                .toList()) + ")"));
            }
            String status = Dolibarr.string(first, "statut");
            if (status == null || "0".equals(status.strip())) {
                out.add(new Difference(
                        "not_validated",
                        ours.number(),
                        ref,
                        what + ours.number() + " is still a draft in Dolibarr (" + ref + ")"));
            }
            BigDecimal remaining = Dolibarr.number(first, "remaintopay");
            if (ours.settled()
                    && "1".equals(status == null ? null : status.strip())
                    && remaining != null
                    && remaining.signum() > 0) {
                out.add(new Difference(
                        "open_in_dolibarr",
                        ours.number(),
                        ref,
                        what + ours.number() + " is settled in"
                                + " Guichet (paid, credited or from the client's credit) but "
                                + remaining.stripTrailingZeros().toPlainString() + " EUR are still to pay in Dolibarr ("
                                + ref + ")"));
            }
            BigDecimal total = Dolibarr.number(first, "total_ttc");
            if (total == null || total.abs().compareTo(ours.totalTtc().abs()) != 0) {
                out.add(new Difference(
                        "amount",
                        ours.number(),
                        ref,
                        what + ours.number() + " is "
                                + ours.totalTtc().toPlainString() + " EUR in Guichet and "
                                + (total == null
                                        ? "without a total"
                                        : total.abs().stripTrailingZeros().toPlainString() + " EUR")
                                + " in Dolibarr (" + ref + ")"));
            }
        }
        for (Map.Entry<String, List<JsonObject>> extra : unmatched.entrySet()) {
            if (extra.getKey().matches("(INV|AV)-\\d{4}-\\d+")) {
                String ref = Dolibarr.string(extra.getValue().get(0), "ref");
                out.add(new Difference(
                        "unknown",
                        extra.getKey(),
                        ref,
                        "Dolibarr's " + ref + " carries Guichet's " + "number " + extra.getKey()
                                + ", which Guichet did not issue that month"));
            }
        }
    }

    /**
     * Something of Guichet's that Dolibarr lacks: {@code not_sent} when its task is known to wait or to have stopped,
     * {@code missing} otherwise (with the kind's {@code prefix}, {@code payment_} for payments).
     */
    private static Difference absent(
            ErpMonth.Books books, String subjectId, String prefix, String guichetRef, String what, String why) {
        return books.notSentYet().contains(subjectId)
                ? new Difference(
                        prefix + "not_sent",
                        guichetRef,
                        null,
                        what + " is not in Dolibarr yet: its sync is pending or stopped (Dolibarr page)")
                : new Difference(prefix + "missing", guichetRef, null, what + " is not in Dolibarr" + why);
    }

    /** The invoice with this Dolibarr id; empty when Dolibarr has it no more (deleted there). */
    private static Optional<JsonObject> byId(Dolibarr dolibarr, long id) {
        try {
            return Optional.of(dolibarr.invoice(id));
        } catch (DolibarrException e) {
            if (e.kind() == DolibarrException.Kind.REFUSED && e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void comparePayments(Dolibarr dolibarr, ErpMonth.Books books, List<Difference> out) {
        Map<String, JsonArray> paymentsByInvoice = new HashMap<>();
        for (ErpMonth.Paid ours : books.payments()) {
            String label = "The payment of " + ours.applied().toPlainString() + " EUR on " + ours.invoiceNumber();
            Optional<Long> invoiceId = Optional.ofNullable(ours.invoiceRemoteId());
            if (invoiceId.isEmpty()) {
                out.add(absent(
                        books,
                        ours.id(),
                        "payment_",
                        ours.invoiceNumber(),
                        label,
                        " (its invoice was never sent there)"));
                continue;
            }
            JsonArray theirs =
                    paymentsByInvoice.computeIfAbsent(ours.invoiceId(), i -> dolibarr.payments(invoiceId.get()));
            Optional<JsonObject> match = theirs.stream()
                    .filter(v -> v instanceof JsonObject p && ours.id().equals(Dolibarr.string(p, "num")))
                    .map(JsonObject.class::cast)
                    .findFirst();
            if (match.isEmpty()) {
                out.add(absent(books, ours.id(), "payment_", ours.invoiceNumber(), label, ""));
                continue;
            }
            BigDecimal amount = Dolibarr.number(match.get(), "amount");
            if (amount == null || amount.abs().compareTo(ours.applied()) != 0) {
                out.add(new Difference(
                        "payment_amount",
                        ours.invoiceNumber(),
                        Dolibarr.string(match.get(), "ref"),
                        label + " is "
                                + (amount == null
                                        ? "without an amount"
                                        : amount.abs().stripTrailingZeros().toPlainString() + " EUR")
                                + " in Dolibarr"));
            }
        }
    }
}
