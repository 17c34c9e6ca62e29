package fr.guichet.billing.erp;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/** The reconciliations' reports: written once a comparison ends, listed latest first with their differences. */
@Stateless
public class ErpReports {

    @Inject
    ErpRepository repository;

    @Inject
    Clock clock;

    public ErpViews.Reconciliation record(
            YearMonth period,
            String actor,
            int invoices,
            int payments,
            List<ErpReconciler.Difference> differences,
            String error) {
        ErpReconciliation run = new ErpReconciliation(
                period.toString(), clock.instant(), actor, invoices, payments, differences.size(), error);
        repository.add(run);
        int position = 0;
        for (ErpReconciler.Difference d : differences) {
            if (position >= ErpReconciler.MAX_KEPT) {
                break;
            }
            repository.add(
                    new ErpDifference(run.id(), position++, d.kind(), d.guichetRef(), d.dolibarrRef(), d.detail()));
        }
        return view(
                run,
                differences.stream()
                        .limit(ErpReconciler.MAX_KEPT)
                        .map(ErpReports::view)
                        .toList());
    }

    public Page<ErpViews.Reconciliation> list(PageRequest page) {
        return repository
                .reconciliations(page)
                .map(r -> view(
                        r,
                        repository.differences(r.id()).stream()
                                .map(ErpReports::view)
                                .toList()));
    }

    private static ErpViews.Reconciliation view(ErpReconciliation r, List<ErpViews.Difference> differences) {
        return new ErpViews.Reconciliation(
                r.id(),
                r.period(),
                r.ranAt(),
                r.ranBy(),
                r.invoicesChecked(),
                r.paymentsChecked(),
                r.differences(),
                r.error(),
                differences);
    }

    private static ErpViews.Difference view(ErpDifference d) {
        return new ErpViews.Difference(d.kind(), d.guichetRef(), d.dolibarrRef(), d.detail());
    }

    private static ErpViews.Difference view(ErpReconciler.Difference d) {
        return new ErpViews.Difference(d.kind(), d.guichetRef(), d.dolibarrRef(), d.detail());
    }
}
