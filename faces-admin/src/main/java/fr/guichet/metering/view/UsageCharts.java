package fr.guichet.metering.view;

import fr.guichet.common.view.Charts;
import fr.guichet.metering.domain.UsageRollup;
import fr.guichet.metering.service.UsageOverview;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The usage charts: tokens and cost per day, shares by model or provider ({@link Charts} draws them). */
final class UsageCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private UsageCharts() {}

    /** Tokens per day, a line over the days given. */
    static String tokensPerDay(List<UsageOverview.Day> days, String label) {
        return Charts.series(
                "line",
                label,
                days.stream().map(d -> d.day().format(DAY)).toList(),
                days.stream().map(d -> tokens(d.sums())).toList(),
                false);
    }

    /** Cost in EUR per day, bars over the days given. */
    static String costPerDay(List<UsageOverview.Day> days, String label) {
        return Charts.series(
                "bar",
                label,
                days.stream().map(d -> d.day().format(DAY)).toList(),
                days.stream().map(d -> exact(d.sums().costEur())).toList(),
                false);
    }

    /** Shares of the cost, or of the calls served when nothing was priced (free models), as a doughnut. */
    static String shares(List<UsageOverview.Share> shares, String costLabel, String callsLabel) {
        boolean priced = shares.stream().anyMatch(s -> s.sums().costEur().signum() > 0);
        return Charts.doughnut(
                priced ? costLabel : callsLabel,
                shares.stream().map(UsageOverview.Share::name).toList(),
                shares.stream()
                        .map(s -> priced
                                ? (Number) exact(s.sums().costEur())
                                : (Number) s.sums().served())
                        .toList());
    }

    static long tokens(UsageRollup sums) {
        return sums.inputTokens() + sums.outputTokens();
    }

    /** The cost as stored (6 decimals), without trailing zeros: a chart of small costs is not flat at 0.00. */
    static BigDecimal exact(BigDecimal euros) {
        return euros.signum() == 0 ? BigDecimal.ZERO : euros.stripTrailingZeros();
    }
}
