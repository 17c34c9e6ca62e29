package fr.guichet.metering.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.common.view.Charts;
import fr.guichet.metering.service.UsageOverview;
import fr.guichet.metering.service.UsageOverview.Overview;
import fr.guichet.metering.service.UsageOverview.Share;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's usage: tokens and cost of the month against the same days of the last one, clients active today,
 * and four charts (tokens and cost per day over 30 days, the ten clients that cost the most this month, the split by
 * model and by provider), all from the rollups, once per request.
 */
@Named
@RequestScoped
public class UsageTilesView {

    @Inject
    UsageOverview usage;

    @Inject
    Amounts amounts;

    private Overview overview;
    private Locale locale;

    @PostConstruct
    void read() {
        overview = usage.overview();
        locale = Amounts.locale();
    }

    public String getTokens() {
        return integer(UsageCharts.tokens(overview.monthToDate()));
    }

    public String getCost() {
        return money(overview.monthToDate().costEur());
    }

    public String getRequests() {
        return integer(overview.monthToDate().served());
    }

    /** "+12.5 % against the same days of last month", or why there is no comparison. */
    public String getTokensChange() {
        return change(
                BigDecimal.valueOf(UsageCharts.tokens(overview.monthToDate())),
                BigDecimal.valueOf(UsageCharts.tokens(overview.lastMonthToDate())));
    }

    public String getCostChange() {
        return change(
                overview.monthToDate().costEur(), overview.lastMonthToDate().costEur());
    }

    public String getActiveToday() {
        return integer(overview.activeTenantsToday());
    }

    public String getTokensPerDay() {
        return UsageCharts.tokensPerDay(overview.days(), text("usage.tokens"));
    }

    public String getCostPerDay() {
        return UsageCharts.costPerDay(overview.days(), text("usage.costEur"));
    }

    public String getTopClients() {
        return Charts.series(
                "bar",
                text("dashboard.topClients.label"),
                overview.topByCost().stream().map(t -> t.name()).toList(),
                overview.topByCost().stream()
                        .map(t -> UsageCharts.exact(t.sums().costEur()))
                        .toList(),
                true);
    }

    public String getByModel() {
        return shares(overview.byModel());
    }

    public String getByProvider() {
        return shares(overview.byProvider());
    }

    public boolean isIdle() {
        return overview.days().stream().allMatch(d -> d.sums().served() == 0);
    }

    private String shares(List<Share> shares) {
        return UsageCharts.shares(shares, text("dashboard.shares.cost"), text("dashboard.shares.calls"));
    }

    private String change(BigDecimal now, BigDecimal before) {
        BigDecimal percent = UsageOverview.percentChange(now, before);
        if (percent == null) {
            return text("dashboard.change.none");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return text("dashboard.change", (percent.signum() >= 0 ? "+" : "−") + format.format(percent.abs()));
    }

    private String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private String money(BigDecimal euros) {
        return amounts.euros(euros) + " €";
    }
}
