package fr.guichet.licensing.domain;

import fr.guichet.common.domain.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a license key stands by the operator's acts. {@link #REVOKED} is final; {@link #SUSPENDED} can be
 * reinstated. Whether a key expired is not a status but a fact of its dates (see {@link LicenseCheckCode}).
 */
public enum LicenseStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name case-insensitively; an unknown value is a validation error on {@code field}. */
    public static LicenseStatus parse(String value, String field) {
        for (LicenseStatus status : values()) {
            if (value != null && status.name().equalsIgnoreCase(value.strip())) {
                return status;
            }
        }
        throw DomainException.invalid(
                field,
                "must be one of "
                        + Arrays.stream(values()).map(LicenseStatus::wireName).collect(Collectors.joining(", ")));
    }
}
