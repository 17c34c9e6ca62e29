package fr.guichet.billing.domain;

import fr.guichet.common.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of a set of lines as French rules and EN 16931 want them: HT is the sum of the lines' amounts; VAT is
 * computed once per rate on the base of that rate, rounded half-up; TTC is HT plus VAT.
 */
public record InvoiceTotals(Money totalHt, List<RateTotal> byRate, Money totalVat, Money totalTtc) {

    /** The base and VAT of one rate. */
    public record RateTotal(BigDecimal rate, Money base, Money vat) {}

    public static InvoiceTotals of(List<InvoiceLine> lines) {
        Map<BigDecimal, Money> bases = new TreeMap<>();
        Money ht = Money.ZERO;
        for (InvoiceLine line : lines) {
            ht = ht.plus(line.amountHt());
            bases.merge(line.vatRate(), line.amountHt(), Money::plus);
        }
        List<RateTotal> rates = new ArrayList<>();
        Money vat = Money.ZERO;
        for (Map.Entry<BigDecimal, Money> base : bases.entrySet()) {
            Money tax = base.getValue().percent(base.getKey());
            rates.add(new RateTotal(base.getKey(), base.getValue(), tax));
            vat = vat.plus(tax);
        }
        return new InvoiceTotals(ht, List.copyOf(rates), vat, ht.plus(vat));
    }
}
