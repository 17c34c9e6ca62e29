package fr.guichet.notify.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every mail Guichet sends; each has a template in French and in English. */
public enum MailKind {
    WELCOME,
    PASSWORD_RESET,
    INVOICE_ISSUED,
    PAYMENT_RECEIVED,
    PAYMENT_FAILED,
    DUNNING_REMINDER,
    DUNNING_LAST_CHANCE,
    ACCOUNT_SUSPENDED,
    QUOTA_80,
    QUOTA_100,
    LICENSE_ENDING,
    DELETION_SCHEDULED,
    DELETION_DONE,
    EXPORT_READY;

    /** Whether a tenant may turn this mail off; invoices, dunning, security and privacy mails are always sent. */
    public boolean optional() {
        return preference() != null;
    }

    /** The tenant's choice that turns this mail off ({@link MailPreferences}), or null: always sent. */
    public String preference() {
        return switch (this) {
            case QUOTA_80, QUOTA_100 -> MailPreferences.QUOTA_ALERTS;
            case LICENSE_ENDING -> MailPreferences.LICENSE_REMINDERS;
            case PAYMENT_RECEIVED -> MailPreferences.PAYMENT_RECEIPTS;
            default -> null;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MailKind> parse(String value) {
        return Arrays.stream(values())
                .filter(k -> k.wireName().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst();
    }
}
