package fr.guichet.billing.service.generation;

import fr.guichet.billing.domain.InvoiceLine;
import fr.guichet.billing.domain.LineKind;
import fr.guichet.billing.domain.PricingTerms;
import fr.guichet.common.domain.Money;
import fr.guichet.metering.repository.ServedTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The usage lines of one period, from the metered totals of its served calls: requests above the plan's monthly
 * quota (per started block of 1,000), tokens above the token quota (per million, to the token), the provider cost
 * passed through with a margin — or, when the plan charges none of these, one line at zero that tells the client what
 * it used and what it cost.
 */
public final class UsageLines {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private UsageLines() {}

    /** {@code requestQuota} and {@code tokenQuota} are the plan's monthly quotas, null when unlimited. */
    public static List<InvoiceLine> of(
            ServedTotals used,
            Long requestQuota,
            Long tokenQuota,
            PricingTerms pricing,
            BigDecimal vatRate,
            LineLabels words) {
        List<InvoiceLine> lines = new ArrayList<>();
        if (pricing.overagePerThousandRequests() != null && requestQuota != null && used.requests() > requestQuota) {
            long over = used.requests() - requestQuota;
            long blocks = (over + 999) / 1000;
            lines.add(new InvoiceLine(
                    LineKind.OVERAGE_REQUESTS,
                    words.line("overRequests", requestQuota, over),
                    BigDecimal.valueOf(blocks),
                    "C62",
                    pricing.overagePerThousandRequests(),
                    vatRate));
        }
        if (pricing.overagePerMillionTokens() != null && tokenQuota != null && used.tokens() > tokenQuota) {
            long over = used.tokens() - tokenQuota;
            BigDecimal millions = BigDecimal.valueOf(over).divide(MILLION, 6, RoundingMode.UNNECESSARY);
            lines.add(new InvoiceLine(
                    LineKind.OVERAGE_TOKENS,
                    words.line("overTokens", tokenQuota, over),
                    millions,
                    "C62",
                    pricing.overagePerMillionTokens(),
                    vatRate));
        }
        BigDecimal cost = used.costEur().setScale(6, RoundingMode.HALF_UP);
        if (pricing.usageMarginPercent() != null && used.requests() > 0) {
            BigDecimal withMargin = cost.multiply(
                            BigDecimal.ONE.add(pricing.usageMarginPercent().divide(HUNDRED)))
                    .setScale(6, RoundingMode.HALF_UP);
            lines.add(new InvoiceLine(
                    LineKind.USAGE,
                    words.line(
                            "usage",
                            used.tokens(),
                            used.requests(),
                            Money.of(cost).amount(),
                            pricing.usageMarginPercent()),
                    BigDecimal.ONE,
                    "C62",
                    withMargin,
                    vatRate));
        } else if (lines.isEmpty() && used.requests() > 0) {
            lines.add(new InvoiceLine(
                    LineKind.USAGE,
                    words.line(
                            "included",
                            used.tokens(),
                            used.requests(),
                            Money.of(cost).amount()),
                    BigDecimal.ONE,
                    "C62",
                    BigDecimal.ZERO,
                    vatRate));
        }
        return lines;
    }

    /** API keys beyond those the fee includes, at the plan's price per key and month. */
    public static List<InvoiceLine> extraKeys(
            long keys, int included, BigDecimal pricePerKey, BigDecimal vatRate, LineLabels words) {
        if (pricePerKey == null || pricePerKey.signum() == 0 || keys <= included) {
            return List.of();
        }
        return List.of(new InvoiceLine(
                LineKind.EXTRA_KEYS,
                words.line("extraKeys", included, keys),
                BigDecimal.valueOf(keys - included),
                "C62",
                pricePerKey,
                vatRate));
    }
}
