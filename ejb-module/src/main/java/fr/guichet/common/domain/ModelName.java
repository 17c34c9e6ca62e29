package fr.guichet.common.domain;

import java.util.regex.Pattern;

/**
 * A model's identifier as its provider knows it, e.g. {@code gpt-4o-mini} or {@code llama3:8b}: 1 to 100
 * characters among letters, digits and {@code . _ : / -}, starting with a letter or digit. The one rule for
 * model ids, in the catalogue and in an API key's allowed models.
 */
public final class ModelName {

    public static final String REGEX = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$";
    public static final String PROBLEM =
            "must be 1 to 100 characters among letters, digits and . _ : / -, starting with a letter or digit";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private ModelName() {}

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    /** The name, stripped, or a validation error on {@code field}. */
    public static String validate(String value, String field) {
        String stripped = value == null ? null : value.strip();
        if (!isValid(stripped)) {
            throw DomainException.invalid(field, PROBLEM);
        }
        return stripped;
    }
}
