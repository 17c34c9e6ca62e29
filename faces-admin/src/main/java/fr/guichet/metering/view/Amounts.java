package fr.guichet.metering.view;

import fr.guichet.common.view.ConsoleText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in EUR as the console shows them, in the page's locale. */
@Named
@ApplicationScoped
public class Amounts {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    /** To the cent, or to two significant digits under a cent (0.0036): a cost never reads 0 when it is not. */
    public String euros(BigDecimal euros) {
        if (euros == null) {
            return "—";
        }
        boolean underACent = euros.signum() > 0 && euros.compareTo(CENT) < 0;
        BigDecimal shown = underACent
                ? euros.round(new MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros()
                : euros.setScale(2, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(underACent ? shown.scale() : 2);
        format.setMaximumFractionDigits(underACent ? shown.scale() : 2);
        return format.format(shown);
    }

    /** A price as stored, to six decimals without trailing zeros (at least two): {@code 0.075}, {@code 2.50}. */
    public String price(BigDecimal euros) {
        if (euros == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(6);
        return format.format(euros);
    }

    /**
     * A quantity or a rate with the decimals it has ({@code 1.5}, {@code 20.00}; {@code 100} for {@code 1E+2}), in the
     * page's locale.
     */
    public String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        int decimals = Math.max(0, value.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    static Locale locale() {
        return ConsoleText.locale();
    }
}
