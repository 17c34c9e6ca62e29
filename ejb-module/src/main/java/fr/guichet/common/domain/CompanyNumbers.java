package fr.guichet.common.domain;

import java.util.regex.Pattern;

/**
 * The checks of French company identifiers: SIREN (9 digits, Luhn), SIRET (SIREN + 5 digits, Luhn) and the
 * French intra-EU VAT number (FR + a key over the SIREN + the SIREN). Other EU VAT numbers are checked by shape.
 */
public final class CompanyNumbers {

    private static final Pattern NINE_DIGITS = Pattern.compile("^\\d{9}$");
    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("^\\d{14}$");
    private static final Pattern EU_VAT = Pattern.compile("^[A-Z]{2}[0-9A-Z]{2,13}$");

    private CompanyNumbers() {}

    public static boolean isValidSiren(String siren) {
        return siren != null && NINE_DIGITS.matcher(siren).matches() && luhn(siren);
    }

    public static boolean isValidSiret(String siret) {
        return siret != null && FOURTEEN_DIGITS.matcher(siret).matches() && luhn(siret);
    }

    /** The shape of an intra-EU VAT number: two letters and 2 to 13 letters or digits. */
    public static boolean hasVatShape(String vat) {
        return vat != null && EU_VAT.matcher(vat).matches();
    }

    /** FR + key + SIREN, where key = (12 + 3 × (SIREN mod 97)) mod 97. */
    public static boolean isValidFrenchVat(String vat) {
        if (vat == null || vat.length() != 13 || !vat.startsWith("FR")) {
            return false;
        }
        if (!vat.substring(2).chars().allMatch(Character::isDigit)) {
            return false;
        }
        String siren = vat.substring(4);
        if (!isValidSiren(siren)) {
            return false;
        }
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return Integer.parseInt(vat.substring(2, 4)) == key;
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            int digit = digits.charAt(n - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
