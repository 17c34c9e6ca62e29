package fr.guichet.licensing.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/**
 * Ends licensed access that has expired and warns tenants whose access ends soon, every minute. The timer is
 * persistent: kept in the database under the application's pinned name, it fires on one server of the cluster
 * at a time (another one takes it over if that server stops), and a firing missed while every server was down
 * runs once when one is back. Each tenant is handled in its own transaction, by the time of the injected clock.
 */
@Stateless
public class LicenseExpiryTimer {

    private static final System.Logger LOG = System.getLogger(LicenseExpiryTimer.class.getName());

    @Inject
    LicenseGrants grants;

    @Inject
    LicensingConfig config;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "0", persistent = true, info = "guichet-license-expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        sweep();
    }

    /** Ends what is due and warns what ends soon; returns how many tenants' access ended. */
    public int sweep() {
        int ended = 0;
        List<String> due = grants.due(clock.instant());
        for (String tenantId : due) {
            try {
                if (grants.expire(tenantId)) {
                    ended++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not end the licensed access of tenant " + tenantId + ": " + e);
            }
        }
        try {
            int warned = grants.warnEnding(config.expiryNotice());
            if (ended > 0 || warned > 0) {
                LOG.log(
                        Level.INFO,
                        "Licensing: access ended for {0} tenant(s), {1} warned of an end within {2}",
                        ended,
                        warned,
                        config.expiryNotice());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not warn tenants of licensed access ending: " + e);
        }
        return ended;
    }
}
