package fr.guichet.tenancy.domain;

import fr.guichet.common.domain.DomainException;
import java.util.regex.Pattern;

/**
 * A tenant's public identifier: 3 to 40 lower-case letters, digits and hyphens, starting and ending with a
 * letter or digit, no double hyphen. Used in sign-in and URLs, so it never changes.
 */
public final class Slug {

    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$");

    private Slug() {}

    /** Whether the value has the shape of a slug. */
    public static boolean matches(String value) {
        return value != null && SHAPE.matcher(value).matches() && !value.contains("--");
    }

    public static String validate(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "must not be blank");
        }
        if (!matches(value)) {
            throw DomainException.invalid(
                    field,
                    "must be 3 to 40 lower-case letters, digits or single hyphens, starting and ending with a letter or digit");
        }
        return value;
    }
}
