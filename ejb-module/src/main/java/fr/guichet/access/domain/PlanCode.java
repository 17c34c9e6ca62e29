package fr.guichet.access.domain;

import fr.guichet.common.domain.DomainException;
import java.util.regex.Pattern;

/** A plan's stable code ({@code demo}, {@code business}…): lower-case letters, digits and inner hyphens. */
public final class PlanCode {

    public static final int MAX_LENGTH = 40;
    private static final Pattern FORM = Pattern.compile("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$");

    private PlanCode() {}

    /** The code, stripped, or a validation error on {@code field}. */
    public static String validate(String code, String field) {
        String value = code == null ? "" : code.strip();
        if (value.isEmpty()) {
            throw DomainException.invalid(field, "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw DomainException.invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (!FORM.matcher(value).matches()) {
            throw DomainException.invalid(
                    field,
                    "must be lower-case letters, digits and hyphens, starting and ending with a letter or digit");
        }
        return value;
    }
}
