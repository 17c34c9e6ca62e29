package fr.guichet.billing.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How French VAT applies to a buyer, decided from its billing identity: French VAT for French buyers and for EU
 * buyers without a VAT number; reverse charge for EU businesses with a VAT number; none outside the EU.
 */
public enum VatTreatment {
    FRENCH_VAT,
    EU_REVERSE_CHARGE,
    OUTSIDE_EU;

    /** The standard French rate. */
    public static final BigDecimal STANDARD_RATE = new BigDecimal("20.00");

    private static final Set<String> EU = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    /** {@code country} null counts as France (the operator's own market). */
    public static VatTreatment of(String country, String vatNumber) {
        if (country == null || country.equals("FR") || country.equals("MC")) {
            return FRENCH_VAT;
        }
        if (EU.contains(country) || country.equals("EL")) {
            return vatNumber == null ? FRENCH_VAT : EU_REVERSE_CHARGE;
        }
        return OUTSIDE_EU;
    }

    /** The rate of a line of a service sold under this treatment. */
    public BigDecimal rate() {
        return this == FRENCH_VAT ? STANDARD_RATE : new BigDecimal("0.00");
    }
}
