package fr.guichet.notify.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Amounts and dates as a reader of the mail's language writes them: "418,80 €" and 31/12/2026, or €418.80 and 2026-12-31. */
public final class MailFormats {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MailFormats() {}

    public static String euros(BigDecimal amount, String language) {
        NumberFormat format = NumberFormat.getCurrencyInstance("en".equals(language) ? Locale.UK : Locale.FRANCE);
        format.setCurrency(Currency.getInstance("EUR"));
        // The French format separates thousands with a narrow no-break space; mail clients show it as a space.
        return format.format(amount.setScale(2, RoundingMode.HALF_UP))
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }

    /** A whole number: "12 500" in French, "12,500" in English. */
    public static String number(long value, String language) {
        return NumberFormat.getIntegerInstance("en".equals(language) ? Locale.UK : Locale.FRANCE)
                .format(value)
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }

    /** "7 jours", "1 hour", "30 minutes": how long a link works, as the mail says it. */
    public static String duration(Duration d, String lang) {
        boolean fr = !"en".equals(lang);
        if (d.toDays() >= 1 && d.toHours() % 24 == 0) {
            long n = d.toDays();
            return n + (fr ? (n > 1 ? " jours" : " jour") : (n > 1 ? " days" : " day"));
        }
        if (d.toHours() >= 1 && d.toMinutes() % 60 == 0) {
            long n = d.toHours();
            return n + (fr ? (n > 1 ? " heures" : " heure") : (n > 1 ? " hours" : " hour"));
        }
        long n = Math.max(1, d.toMinutes());
        return n + (n > 1 ? " minutes" : " minute");
    }

    public static String date(LocalDate date, String language) {
        return date == null ? "" : "en".equals(language) ? date.toString() : FRENCH_DATE.format(date);
    }
}
