package fr.guichet.licensing.service;

import fr.guichet.common.domain.CsvField;
import java.time.Instant;

/**
 * A generated batch as CSV (RFC 4180, CRLF line ends) for a reseller: one key a line with its link and terms.
 * Text that a spreadsheet would take for a formula ({@code = + - @}) is prefixed with a quote.
 */
public final class LicenseCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String HEADER = "key,activation_link,license_id,plan,duration_days,max_activations,"
            + "reseller,valid_from,activate_before,batch_id";

    private LicenseCsv() {}

    public static String of(GeneratedBatch batch) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (GeneratedLicense g : batch.licenses()) {
            var l = g.license();
            csv.append(String.join(
                            ",",
                            CsvField.of(g.key()),
                            CsvField.of(g.activationLink()),
                            CsvField.of(l.id()),
                            CsvField.of(l.planName()),
                            String.valueOf(l.durationDays()),
                            String.valueOf(l.maxActivations()),
                            CsvField.of(l.reseller()),
                            CsvField.of(instant(l.validFrom())),
                            CsvField.of(instant(l.activateBefore())),
                            CsvField.of(batch.batchId())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
