package fr.guichet.limits.view;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.limits.service.AlertLog;
import fr.guichet.limits.service.AlertView;
import fr.guichet.limits.service.QuotaQueries;
import fr.guichet.limits.service.QuotaStatus;
import fr.guichet.tenancy.view.ClientView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Backs the quota and alerts of {@code /tenants/client.xhtml?id=}: this month's counters against the plan's limits,
 * as bars, and the client's latest alerts. Read once per page view.
 */
@Named
@ViewScoped
public class ClientLimitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ALERTS = 10;

    @Inject
    QuotaQueries quotas;

    @Inject
    AlertLog alerts;

    private transient QuotaStatus quota;
    private transient Page<AlertView> latest;

    /** The client the page shows, whose id it holds for the whole view. */
    @Inject
    ClientView client;

    public QuotaStatus getQuota() {
        if (quota == null) {
            quota = quotas.current(client.getTenantId());
        }
        return quota;
    }

    public List<AlertView> getAlerts() {
        return latestAlerts().items();
    }

    public long getAlertCount() {
        return latestAlerts().total();
    }

    private Page<AlertView> latestAlerts() {
        if (latest == null) {
            latest = alerts.search(client.getTenantId(), null, new PageRequest(0, ALERTS));
        }
        return latest;
    }

    /** The share of a limit used, in percent (0 to 100 for the bar; over 100 shown as 100); null when unlimited. */
    public static Integer percent(BigDecimal used, BigDecimal limit) {
        if (limit == null || used == null) {
            return null;
        }
        if (limit.signum() <= 0) {
            return 100;
        }
        return used.multiply(BigDecimal.valueOf(100))
                .divide(limit, 0, RoundingMode.FLOOR)
                .min(BigDecimal.valueOf(100))
                .intValue();
    }

    public Integer requestShare() {
        QuotaStatus q = getQuota();
        return q.requestLimit() == null
                ? null
                : percent(BigDecimal.valueOf(q.requests()), BigDecimal.valueOf(q.requestLimit()));
    }

    public Integer tokenShare() {
        QuotaStatus q = getQuota();
        return q.tokenLimit() == null
                ? null
                : percent(BigDecimal.valueOf(q.tokens()), BigDecimal.valueOf(q.tokenLimit()));
    }

    public Integer costShare() {
        QuotaStatus q = getQuota();
        return percent(q.costEur(), q.spendCapEur());
    }
}
