package fr.guichet.billing.service.generation;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The words of generated invoice lines, in French or English (the client's language). */
public final class LineLabels {

    private static final Map<String, String> FR = Map.ofEntries(
            Map.entry("fee", "Abonnement %s du %s au %s"),
            Map.entry("promo", "Abonnement %s (prix promotionnel) du %s au %s"),
            Map.entry("credit", "Part non utilisée de %s du %s au %s"),
            Map.entry("charge", "%s au prorata du %s au %s"),
            Map.entry("end", "Résiliation le %s : part non utilisée de %s"),
            Map.entry("discountPercent", "Remise de %s %% sur l'abonnement"),
            Map.entry("discountAmount", "Remise sur l'abonnement"),
            Map.entry("extraKeys", "Clés d'API au-delà des %s incluses (%s clés)"),
            Map.entry("overRequests", "Requêtes au-delà du quota de %s : %s (par tranche de 1 000)"),
            Map.entry("overTokens", "Tokens au-delà du quota de %s : %s (par million)"),
            Map.entry("usage", "Consommation : %s tokens, %s requêtes, coût fournisseur %s € + marge %s %%"),
            Map.entry("included", "Consommation incluse : %s tokens, %s requêtes, coût %s €"),
            Map.entry("licensed", "Jours couverts par une licence : %s sur %s"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("fee", "%s subscription from %s to %s"),
            Map.entry("promo", "%s subscription (promotional price) from %s to %s"),
            Map.entry("credit", "Unused part of %s from %s to %s"),
            Map.entry("charge", "%s prorated from %s to %s"),
            Map.entry("end", "Cancelled on %s: unused part of %s"),
            Map.entry("discountPercent", "%s %% discount on the subscription"),
            Map.entry("discountAmount", "Discount on the subscription"),
            Map.entry("extraKeys", "API keys beyond the %s included (%s keys)"),
            Map.entry("overRequests", "Requests beyond the quota of %s: %s (per 1,000)"),
            Map.entry("overTokens", "Tokens beyond the quota of %s: %s (per million)"),
            Map.entry("usage", "Usage: %s tokens, %s requests, provider cost €%s + %s %% margin"),
            Map.entry("included", "Usage included: %s tokens, %s requests, cost €%s"),
            Map.entry("licensed", "Days covered by a license: %s of %s"));

    private final boolean french;
    private final Locale locale;
    private final DateTimeFormatter dates;

    private LineLabels(String language) {
        this.french = !"en".equals(language);
        this.locale = french ? Locale.FRANCE : Locale.UK;
        this.dates = DateTimeFormatter.ofPattern("dd/MM/yyyy", locale);
    }

    public static LineLabels of(String language) {
        return new LineLabels(language);
    }

    /** The line of {@code key} with its values: dates and numbers formatted for the language. */
    public String line(String key, Object... values) {
        Object[] formatted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            formatted[i] = format(values[i]);
        }
        return String.format(locale, (french ? FR : EN).get(key), formatted);
    }

    private Object format(Object value) {
        if (value instanceof LocalDate day) {
            return dates.format(day);
        }
        if (value instanceof Long || value instanceof Integer) {
            return NumberFormat.getIntegerInstance(locale).format(value);
        }
        if (value instanceof java.math.BigDecimal number) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(
                    Math.min(2, Math.max(0, number.stripTrailingZeros().scale())));
            format.setMaximumFractionDigits(6);
            return format.format(number);
        }
        return value;
    }
}
