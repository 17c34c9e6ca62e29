package fr.guichet.billing.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and number styles of one language for an invoice: labels from the {@code InvoiceLabels} bundle (French or
 * English, never the server's default locale), money as {@code 1 234,56 €} in French and {@code €1,234.56} in
 * English, dates as {@code 15/01/2026} or {@code 15 January 2026}. French groups digits with a no-break space
 * (U+00A0), so that an amount never breaks across two lines.
 */
final class PdfLabels {

    private static final String BUNDLE = "fr.guichet.billing.document.InvoiceLabels";
    static final char NO_BREAK_SPACE = '\u00A0';

    private final boolean french;
    private final ResourceBundle bundle;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter dates;

    private PdfLabels(boolean french) {
        this.french = french;
        Locale locale = french ? Locale.FRENCH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                PdfLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.symbols = DecimalFormatSymbols.getInstance(french ? Locale.FRANCE : Locale.UK);
        if (french) {
            symbols.setGroupingSeparator(NO_BREAK_SPACE);
        }
        symbols.setCurrencySymbol("€");
        this.dates = DateTimeFormatter.ofPattern(french ? "dd/MM/yyyy" : "d MMMM yyyy", locale);
    }

    /** The labels of the document's language: French for French, English for any other. */
    static PdfLabels of(Locale language) {
        return new PdfLabels(language != null && Locale.FRENCH.getLanguage().equals(language.getLanguage()));
    }

    ResourceBundle bundle() {
        return bundle;
    }

    Locale locale() {
        return bundle.getLocale();
    }

    /** The label of {@code key}, with {@code {0}}, {@code {1}}… replaced by the values in order. */
    String text(String key, Object... values) {
        String text = bundle.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** An amount in euros: {@code -1 234,56 €} or {@code -€1,234.56}. */
    String money(BigDecimal amount) {
        return euros("#,##0.00", amount);
    }

    /** A unit price: as money, with the decimals past the cent that it has ({@code 0,0125 €}). */
    String price(BigDecimal amount) {
        return euros("#,##0.00####", amount);
    }

    private String euros(String number, BigDecimal amount) {
        String pattern = french ? number + NO_BREAK_SPACE + "¤" : "¤" + number;
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A quantity without trailing zeros: {@code 2,5} or {@code 2.5}. */
    String quantity(BigDecimal quantity) {
        return new DecimalFormat("#,##0.######", symbols).format(quantity);
    }

    /** A VAT rate: {@code 20 %} or {@code 20%}, {@code 5,5 %} or {@code 5.5%}. */
    String rate(BigDecimal percent) {
        return new DecimalFormat("0.##", symbols).format(percent) + (french ? NO_BREAK_SPACE + "%" : "%");
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** The name of a UN/ECE rec. 20 unit after a quantity ("mois", "day"), or empty for a plain count (C62). */
    String unit(String code) {
        return code != null && bundle.containsKey("unit." + code) ? bundle.getString("unit." + code) : "";
    }
}
