package fr.guichet.common.domain;

/** One field of a CSV line (RFC 4180), safe to open in a spreadsheet. */
public final class CsvField {

    private CsvField() {}

    /**
     * The value as a field: quoted when it holds a comma, a quote or a line break; text that a spreadsheet would take
     * for a formula ({@code = + - @}, a tab or a carriage return first) is prefixed with a quote; null is empty.
     */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
