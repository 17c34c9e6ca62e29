package fr.guichet.billing.erp;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What operators see of the sync: its settings (the key masked), a connection test, tasks and records. */
public final class ErpViews {

    private ErpViews() {}

    /** The settings; {@code apiKey} is only ever {@code ****} and the key's last four characters. */
    public record Settings(
            boolean configured,
            String baseUrl,
            String apiKey,
            Integer bankAccountId,
            Map<String, Integer> paymentModes,
            boolean enabled,
            String haltedReason,
            long notInSync,
            Instant updatedAt,
            String updatedBy) {}

    /** A change of the settings: a null {@code apiKey} keeps the saved one. */
    public record Change(
            String baseUrl, String apiKey, Integer bankAccountId, Map<String, Integer> paymentModes, Boolean enabled) {

        @Override
        public String toString() {
            return "Change[" + baseUrl + ", key " + (apiKey == null ? "kept" : "****") + "]";
        }
    }

    /** What "test connection" found: Dolibarr's version, the key's user, the rights it lacks, or why it failed. */
    public record Connection(
            boolean ok, String dolibarrVersion, String user, List<String> missingRights, String error) {}

    /** A task, with the client's name and what it is about in words (an invoice's number, a payment's amount). */
    public record Task(
            String id,
            String tenantId,
            String tenantName,
            String subject,
            String kind,
            String subjectId,
            long position,
            String status,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant createdAt,
            Instant doneAt) {

        static Task of(ErpTask t, String tenantName, String subject) {
            return new Task(
                    t.id(),
                    t.tenantId(),
                    tenantName,
                    subject,
                    t.kind().wireName(),
                    t.subjectId(),
                    t.seq(),
                    t.status().wireName(),
                    t.attempts(),
                    t.nextAttemptAt(),
                    t.lastError(),
                    t.createdAt(),
                    t.doneAt());
        }
    }

    /**
     * A Guichet record's state in Dolibarr: {@code synced} (with Dolibarr's id and number), {@code pending},
     * {@code failed} (with the last error and attempts), or {@code not_synced} (never queued).
     */
    public record Record(
            String kind,
            String subjectId,
            String state,
            Long dolibarrId,
            String dolibarrRef,
            int attempts,
            String lastError,
            Instant syncedAt) {}

    /** A reconciliation of a month ({@code 2026-11}) with Dolibarr: what it checked and the differences it found. */
    public record Reconciliation(
            String id,
            String period,
            Instant ranAt,
            String ranBy,
            int invoicesChecked,
            int paymentsChecked,
            int differences,
            String error,
            List<Difference> found) {}

    /**
     * One difference: {@code missing}, {@code not_sent}, {@code duplicate}, {@code not_validated}, {@code amount}, {@code open_in_dolibarr},
     * {@code unknown}, {@code payment_missing}, {@code payment_not_sent} or {@code payment_amount}, in words.
     */
    public record Difference(String kind, String guichetRef, String dolibarrRef, String detail) {}
}
