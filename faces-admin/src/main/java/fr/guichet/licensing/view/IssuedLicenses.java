package fr.guichet.licensing.view;

import fr.guichet.licensing.service.ActivationQrCode;
import fr.guichet.licensing.service.GeneratedBatch;
import fr.guichet.licensing.service.GeneratedLicense;
import fr.guichet.licensing.service.LicenseCsv;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The keys of a generation, held for the one response that shows them: request scoped, so they are never kept in
 * the session or the view state, and no later response can show them again.
 */
@Named
@RequestScoped
public class IssuedLicenses {

    private static final int QR_SIZE = 160;

    private GeneratedBatch batch;

    public void hold(GeneratedBatch generated) {
        this.batch = generated;
    }

    public boolean isPresent() {
        return batch != null;
    }

    public List<GeneratedLicense> getLicenses() {
        return batch == null ? List.of() : batch.licenses();
    }

    public String getBatchId() {
        return batch == null ? null : batch.batchId();
    }

    /** The batch as CSV, in a data URI the dialog's download link carries (no server keeps it). */
    public String getCsvDataUri() {
        return batch == null
                ? ""
                : "data:text/csv;charset=utf-8;base64,"
                        + Base64.getEncoder()
                                .encodeToString(LicenseCsv.of(batch).getBytes(StandardCharsets.UTF_8));
    }

    /** QR codes are drawn for small batches only: 200 images would make the dialog heavy to load and to read. */
    public boolean isWithQrCodes() {
        return getLicenses().size() <= MAX_QR_CODES;
    }

    static final int MAX_QR_CODES = 10;

    public String getCsvFileName() {
        return batch == null ? "" : "licenses-" + batch.batchId() + ".csv";
    }

    /** The QR code of a key's activation link, as a PNG data URI (small: shown beside the key). */
    public String qrDataUri(GeneratedLicense license) {
        return "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(ActivationQrCode.png(license.activationLink(), QR_SIZE));
    }
}
