package fr.guichet.limits.service;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.access.service.KeyPrincipal;
import fr.guichet.access.service.TenantAccess;
import fr.guichet.common.cache.Caches;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.persistence.DatabaseFailures;
import fr.guichet.common.persistence.RowExists;
import fr.guichet.common.persistence.Stripes;
import fr.guichet.limits.domain.AlertKind;
import fr.guichet.limits.domain.LimitRefusal;
import fr.guichet.limits.domain.QuotaPeriod;
import fr.guichet.limits.domain.QuotaUse;
import fr.guichet.limits.domain.RateStatus;
import fr.guichet.limits.domain.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides, before any provider is called, whether a {@code /v1} call may go on: the tenant's standing (suspended,
 * trial over), the key's (suspended), the per-minute rates of the key and of the tenant, then, once the route is
 * known, the monthly quotas. Raises the 80 % and 100 % alerts once per period.
 *
 * <p>What cannot be decided because the database cannot be reached is refused with 503 and {@code Retry-After},
 * never let through and never turned into an authentication failure.
 */
@ApplicationScoped
public class Admission {

    private static final System.Logger LOG = System.getLogger(Admission.class.getName());
    private static final DateTimeFormatter RESET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Inject
    RateLimiter rates;

    @Inject
    QuotaStore quotas;

    @Inject
    AlertLog alerts;

    @Inject
    QuotaMails quotaMails;

    @Inject
    AbuseGuard abuse;

    @Inject
    LimitsConfig config;

    @Inject
    Clock clock;

    /** Serialize, in this server, the openings of one tenant's counters and the raising of one alert. */
    private final Stripes writers = new Stripes(64);

    /** Periods whose counters this server knows to exist, and alerts it knows were raised. */
    private final Cache<String, Boolean> opened =
            Caches.bounded(100_000).expireAfterWrite(Duration.ofDays(1)).build();

    private final Cache<String, Boolean> raised =
            Caches.bounded(100_000).expireAfterWrite(Duration.ofDays(1)).build();

    /**
     * Admits a call as far as standing and rates go; returns the rate status to report (the tighter of the key's
     * and the tenant's), or throws a {@link LimitRefusal}.
     */
    public RateStatus admit(KeyPrincipal caller) {
        TenantAccess tenant = caller.tenant();
        Instant now = clock.instant();
        if (tenant.suspended()) {
            throw new LimitRefusal(
                    ErrorCode.ACCOUNT_SUSPENDED,
                    "This account is " + tenant.status().wireName() + ": its API keys cannot be used. "
                            + (tenant.status() == fr.guichet.tenancy.domain.TenantStatus.SUSPENDED
                                    ? "A tenant admin can pay the unpaid invoices in the Guichet portal (Invoices):"
                                            + " access comes back as soon as they are paid."
                                    : "A tenant admin can contact the operator to reactivate it."),
                    null,
                    null);
        }
        if (tenant.trialOver(now)) {
            throw new LimitRefusal(
                    ErrorCode.SUBSCRIPTION_REQUIRED,
                    "The free trial of this account ended on "
                            + RESET.format(tenant.trialEndsAt().atZone(tenant.zone())) + " (" + tenant.zone()
                            + "). A tenant admin can choose a paid plan in the Guichet portal to go on.",
                    null,
                    null);
        }
        if (caller.keySuspended()) {
            throw new LimitRefusal(
                    ErrorCode.API_KEY_SUSPENDED,
                    "This API key was suspended: "
                            + caller.suspendedReason() + ". An operator must reinstate it; a tenant admin can create "
                            + "another key meanwhile.",
                    null,
                    null);
        }
        try {
            RateStatus key = null;
            if (caller.keyRequestsPerMinute() != null) {
                key = rates.consume("k:" + caller.keyId(), caller.keyRequestsPerMinute());
                if (!key.allowed()) {
                    throw rateRefusal(caller, key, "this API key");
                }
            }
            int perMinute =
                    tenant.requestsPerMinute() == null ? config.defaultRequestsPerMinute() : tenant.requestsPerMinute();
            RateStatus own = rates.consume("t:" + caller.tenantId(), perMinute);
            if (!own.allowed()) {
                throw rateRefusal(caller, own, "this account");
            }
            return key != null && key.remaining() < own.remaining() ? key : own;
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable("rate limits", e);
        }
    }

    /**
     * Reserves one request, {@code tokens} and {@code costEur} from the tenant's quotas for the month of
     * {@code zone} now, or throws {@code insufficient_quota} naming the quota that is used up.
     */
    public Reservation reserve(String tenantId, ZoneId zone, long tokens, BigDecimal costEur) {
        QuotaPeriod period = QuotaPeriod.containing(clock.instant(), zone);
        Reservation reservation = new Reservation(tenantId, period.key(), tokens, costEur);
        Optional<QuotaUse> taken;
        try {
            String periodKey = tenantId + "|" + period.key();
            if (opened.getIfPresent(periodKey) == null) {
                open(tenantId, period.key());
                opened.put(periodKey, Boolean.TRUE);
            }
            taken = quotas.reserve(reservation);
            if (taken.isEmpty()) { // the period's counters are gone (or were never there): open them, once more
                open(tenantId, period.key());
                taken = quotas.reserve(reservation);
            }
        } catch (RuntimeException e) {
            throw unavailable("quotas", e);
        }
        QuotaUse use = taken.orElseThrow(
                () -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId));
        raiseAlerts(tenantId, period, use);
        if (!use.granted()) {
            LimitRefusal refusal = quotaRefusal(use, reservation, period);
            raiseExhausted(tenantId, period, use, reservation);
            throw refusal;
        }
        return reservation;
    }

    private void open(String tenantId, String period) {
        try {
            synchronized (writers.of(tenantId)) {
                quotas.open(tenantId, period);
            }
        } catch (RowExists e) {
            // A concurrent call created them: the reservation that follows uses them.
        } catch (RuntimeException e) {
            // The database failed; the reservation that follows tells.
            LOG.log(Level.DEBUG, () -> "Quota counters of " + tenantId + " " + period + ": " + e.getMessage());
        }
    }

    private void raiseAlerts(String tenantId, QuotaPeriod period, QuotaUse use) {
        for (QuotaUse.Threshold threshold : use.reached()) {
            raiseOnce(tenantId, period, threshold, use, describe(threshold, use, period));
        }
    }

    /**
     * A refused reservation means a quota is used up for this call even when its counter is below 100 % (the
     * call's tokens or cost would pass it): raise that quota's 100 % alert, once per period.
     */
    private void raiseExhausted(String tenantId, QuotaPeriod period, QuotaUse use, Reservation r) {
        QuotaUse.Metric metric = use.exhaustedBy(r);
        if (metric != null) {
            raiseOnce(
                    tenantId,
                    period,
                    new QuotaUse.Threshold(metric, 100),
                    use,
                    "Monthly " + metric.label() + " quota exhausted for calls of this size (period " + period.key()
                            + ")");
        }
    }

    /** Raises a threshold's alert unless this server knows it was raised this period (the log dedups too). */
    private void raiseOnce(
            String tenantId, QuotaPeriod period, QuotaUse.Threshold threshold, QuotaUse use, String message) {
        String key = "quota|" + tenantId + "|" + period.key() + "|" + threshold.metric() + "|" + threshold.percent();
        if (raised.getIfPresent(key) != null) {
            return;
        }
        try {
            synchronized (writers.of(key)) {
                alerts.raise(
                        key,
                        tenantId,
                        AlertKind.ofPercent(threshold.percent()),
                        message,
                        () -> quotaMails.reached(tenantId, threshold, use, period));
            }
            raised.put(key, Boolean.TRUE);
        } catch (RowExists e) {
            raised.put(key, Boolean.TRUE); // another server raised it
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Alert " + key + " not raised here: " + e.getMessage());
        }
    }

    private static String describe(QuotaUse.Threshold t, QuotaUse use, QuotaPeriod period) {
        String figures = switch (t.metric()) {
            case REQUESTS -> use.requests() + " of " + use.requestLimit() + " requests";
            case TOKENS -> use.tokens() + " of " + use.tokenLimit() + " tokens";
            case SPEND ->
                use.costEur().stripTrailingZeros().toPlainString() + " of "
                        + use.spendCapEur().stripTrailingZeros().toPlainString() + " EUR";
        };
        return "Monthly " + t.metric().label() + " at " + t.percent() + " % of the quota (" + figures + ", period "
                + period.key() + ")";
    }

    private LimitRefusal rateRefusal(KeyPrincipal caller, RateStatus status, String whose) {
        abuse.rateLimited(caller, status.limit());
        return new LimitRefusal(
                ErrorCode.RATE_LIMIT_EXCEEDED,
                "Rate limit reached for " + whose + ": "
                        + status.limit() + " requests per minute. Please try again in " + status.retryAfterSeconds()
                        + " s.",
                Duration.ofSeconds(status.retryAfterSeconds()),
                status);
    }

    private static LimitRefusal quotaRefusal(QuotaUse use, Reservation r, QuotaPeriod period) {
        String renews = " The quota renews on " + RESET.format(period.resetsAt().atZone(period.zone())) + " ("
                + period.zone() + "); a tenant admin can move to a larger plan in the Guichet portal.";
        QuotaUse.Metric metric = use.exhaustedBy(r);
        String what;
        if (metric == QuotaUse.Metric.REQUESTS) {
            what = "This account has used its monthly quota of " + use.requestLimit() + " requests.";
        } else if (metric == QuotaUse.Metric.TOKENS) {
            what = "This call may use up to " + r.tokens() + " tokens (prompt and max_tokens) and "
                    + Math.max(0, use.tokenLimit() - use.tokens()) + " of the monthly " + use.tokenLimit()
                    + " tokens remain; lower max_tokens or wait for the next period.";
        } else if (metric == QuotaUse.Metric.SPEND) {
            what = "This call could cost up to "
                    + r.costEur().stripTrailingZeros().toPlainString()
                    + " EUR and the monthly spend cap of "
                    + use.spendCapEur().stripTrailingZeros().toPlainString()
                    + " EUR would be exceeded.";
        } else {
            // Refused by the database, then a concurrent call gave part of its reservation back.
            what = "This account's monthly quota is used up for a call of this size.";
        }
        return new LimitRefusal(ErrorCode.INSUFFICIENT_QUOTA, what + renews, null, null);
    }

    private static DomainException unavailable(String what, RuntimeException e) {
        if (DatabaseFailures.unavailable(e)) {
            LOG.log(Level.WARNING, "Cannot decide " + what + ", the database is unreachable: " + e);
        } else {
            LOG.log(Level.ERROR, "Cannot decide " + what, e);
        }
        return DomainException.retryLater(
                ErrorCode.SERVICE_UNAVAILABLE,
                "Guichet cannot check this account's " + what + " right now; please retry shortly.",
                DatabaseFailures.RETRY_AFTER);
    }
}
