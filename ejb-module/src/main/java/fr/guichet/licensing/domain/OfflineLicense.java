package fr.guichet.licensing.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What an offline license states, for an on-premise installation that cannot ask Guichet: which tenant may use
 * which plan, from when it was issued until when. Every text is present and not blank, and the license expires
 * strictly after it was issued. The signed form is {@link OfflineLicenseFile}.
 */
public record OfflineLicense(
        String licenseId,
        String tenantId,
        String tenantName,
        String planCode,
        String planName,
        Instant expiresAt,
        Instant issuedAt) {

    public OfflineLicense {
        requireText("licenseId", licenseId);
        requireText("tenantId", tenantId);
        requireText("tenantName", tenantName);
        requireText("planCode", planCode);
        requireText("planName", planName);
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException(
                    "expiresAt (" + expiresAt + ") must be after issuedAt (" + issuedAt + ")");
        }
    }

    private static void requireText(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
