package fr.guichet.billing.view;

import fr.guichet.billing.service.BillingStats;
import fr.guichet.billing.service.BillingStatsView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The dashboard's billing tiles: MRR and its change, invoiced and collected this month, overdue invoices. */
@Named
@RequestScoped
public class BillingTilesView {

    @Inject
    BillingStats stats;

    private BillingStatsView view;

    @PostConstruct
    void compute() {
        view = stats.compute();
    }

    public BillingStatsView getStats() {
        return view;
    }

    /** This month (the last of the twelve). */
    public BillingStatsView.Month getThisMonth() {
        return view.months().get(view.months().size() - 1);
    }

    /** "+12.00 €" or "−3.00 €" against a month ago. */
    public String getMrrChange() {
        return (view.mrrChange().signum() >= 0 ? "+" : "−")
                + view.mrrChange().abs().toPlainString() + " €";
    }
}
