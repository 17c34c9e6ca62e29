package fr.guichet.billing.erp;

import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Every night, the month of the day before (so the 1st checks the whole month just closed) is reconciled with
 * Dolibarr. Persistent: one server of the cluster fires it, and a night missed while every server was down runs
 * when one is back (a second report of the same month changes nothing but its date).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ErpNightly {

    private static final System.Logger LOG = System.getLogger(ErpNightly.class.getName());

    @Inject
    ErpReconciler reconciler;

    @Inject
    TenancyConfig zone;

    @Inject
    Clock clock;

    @Schedule(hour = "4", minute = "7", second = "0", persistent = true, info = "guichet-erp-reconciliation")
    void nightly() {
        try {
            YearMonth month = YearMonth.from(
                    LocalDate.ofInstant(clock.instant(), zone.zone()).minusDays(1));
            reconciler
                    .reconcile(month, "system:reconciliation")
                    .ifPresent(r -> LOG.log(
                            r.differences() == 0 && r.error() == null ? Level.INFO : Level.WARNING,
                            "Dolibarr reconciliation of {0}: {1} invoices, {2} payments, {3} differences{4}",
                            r.period(),
                            r.invoicesChecked(),
                            r.paymentsChecked(),
                            r.differences(),
                            r.error() == null ? "" : "; " + r.error()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dolibarr reconciliation failed (tried again next night): " + e);
        }
    }
}
