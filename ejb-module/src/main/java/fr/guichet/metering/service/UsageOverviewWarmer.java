package fr.guichet.metering.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Keeps this server's {@link UsageOverview} of past days read, so that no operator waits for it: half a minute after
 * the start, then every five minutes (a timer of this server, not of the cluster: each server has its own copy). The
 * first read after a start goes through 60 days of rollups; the next ones find them kept.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageOverviewWarmer {

    private static final System.Logger LOG = System.getLogger(UsageOverviewWarmer.class.getName());
    private static final long FIRST_MS = 30_000;
    private static final long EVERY_MS = 5 * 60_000;

    @Resource
    TimerService timers;

    @Inject
    UsageOverview overview;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(FIRST_MS, EVERY_MS, new TimerConfig("guichet-usage-overview", false));
    }

    @Timeout
    void warm() {
        try {
            overview.overview();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the usage overview ahead: " + e);
        }
    }
}
