package fr.guichet.common.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the broken rules of one input and throws them together, so a caller learns of every wrong field
 * at once rather than one per attempt.
 */
public final class Validation {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final List<Violation> violations = new ArrayList<>();

    public Validation require(boolean condition, String field, String message) {
        if (!condition) {
            violations.add(new Violation(field, message));
        }
        return this;
    }

    /** One line of text, {@code min} to {@code max} characters once stripped, with no unsafe character. */
    public Validation text(String value, String field, int min, int max) {
        return text(value, field, min, max, false);
    }

    /** Text that may hold line breaks and tabs (a reason), {@code min} to {@code max} characters once stripped. */
    public Validation textBlock(String value, String field, int min, int max) {
        return text(value, field, min, max, true);
    }

    /** One line of text of at most {@code max} characters once stripped, or nothing. */
    public Validation optionalText(String value, String field, int max) {
        return text(value, field, 0, max, false);
    }

    /** Text that may hold line breaks and tabs (a note), of at most {@code max} characters, or nothing. */
    public Validation optionalTextBlock(String value, String field, int max) {
        return text(value, field, 0, max, true);
    }

    public Validation email(String value, String field) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
        } else if (value.length() > 254
                || !EMAIL.matcher(value.strip()).matches()
                || TextSafety.problem(value, false).isPresent()) {
            violations.add(new Violation(field, "must be a valid e-mail address"));
        }
        return this;
    }

    /** {@code min} 0: optional, where blank text is still checked for unsafe characters (a lone line break). */
    /** Nothing is text of no characters: blank when some are required, else nothing to check. */
    private Validation text(String value, String field, int min, int max, boolean multiline) {
        if (value == null || (min > 0 && value.isBlank())) {
            if (min > 0) {
                violations.add(new Violation(field, "must not be blank"));
            }
        } else if (value.strip().length() < min || value.strip().length() > max) {
            violations.add(new Violation(
                    field,
                    min > 0
                            ? "must be " + min + " to " + max + " characters"
                            : "must be at most " + max + " characters"));
        } else {
            TextSafety.problem(value, multiline).ifPresent(problem -> violations.add(new Violation(field, problem)));
        }
        return this;
    }

    /**
     * A day written {@code 2026-11-01}: null when {@code value} is blank, and null with a broken rule on {@code field}
     * when it is not such a day.
     */
    public LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a date such as 2026-11-01"));
            return null;
        }
    }

    /** Whether nothing was found wrong so far. */
    public boolean isValid() {
        return violations.isEmpty();
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }

    /** Lower-case, trimmed form of an e-mail address; the form stored and compared. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Trimmed text, or null when blank. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
