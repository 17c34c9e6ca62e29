package fr.guichet.licensing.service;

import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.persistence.NativeRows;
import fr.guichet.licensing.domain.LicenseStatus;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts for the operators' licensing dashboard ({@link LicenseStatsView}). */
@Stateless
public class LicenseStats {

    /** The longest period of the daily series. */
    static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    TenancyConfig tenancy;

    @Inject
    Clock clock;

    /** Stats now, with activations per day from {@code from} to {@code to} inclusive (default: the last 30 days). */
    public LicenseStatsView stats(LocalDate from, LocalDate to) {
        ZoneId zone = tenancy.zone();
        Instant now = clock.instant();
        LocalDate last = to == null ? LocalDate.ofInstant(now, zone) : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last) || first.plusDays(MAX_DAYS).isBefore(last)) {
            throw DomainException.invalid("from", "must be on or before to, at most " + MAX_DAYS + " days before it");
        }
        Map<String, Long> byState = new LinkedHashMap<>();
        for (String state : List.of("valid", "used_up", "expired", "suspended", "revoked")) {
            byState.put(state, 0L);
        }
        long total = 0;
        for (Object[] row : rows("select l.status, count(l) from License l group by l.status", null)) {
            long count = ((Number) row[1]).longValue();
            byState.merge(((LicenseStatus) row[0]).wireName(), count, Long::sum);
            total += count;
        }
        byState.remove("active");
        long expired = count("l.activateBefore is not null and l.activateBefore <= :now", now);
        long usedUp = count(
                "(l.activateBefore is null or l.activateBefore > :now) " + "and l.activations >= l.maxActivations",
                now);
        byState.put("expired", expired);
        byState.put("used_up", usedUp);
        byState.put("valid", total - expired - usedUp - byState.get("suspended") - byState.get("revoked"));
        return new LicenseStatsView(total, byState, perDay(first, last, zone), groups("l.reseller"), byPlan());
    }

    private List<LicenseStatsView.Day> perDay(LocalDate first, LocalDate last, ZoneId zone) {
        Map<LocalDate, Long> days = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.put(d, 0L);
        }
        List<Instant> times = em.createQuery(
                        "select a.activatedAt from LicenseActivation a "
                                + "where a.activatedAt >= :from and a.activatedAt < :to",
                        Instant.class)
                .setParameter("from", first.atStartOfDay(zone).toInstant())
                .setParameter("to", last.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
        for (Object time : times) {
            days.merge(LocalDate.ofInstant(NativeRows.toInstant(time), zone), 1L, Long::sum);
        }
        return days.entrySet().stream()
                .map(e -> new LicenseStatsView.Day(e.getKey(), e.getValue()))
                .toList();
    }

    private List<LicenseStatsView.Group> byPlan() {
        return groups("l.planId").stream()
                .map(g -> new LicenseStatsView.Group(
                        g.key(),
                        plans.find(g.key()).map(PlanView::name).orElse(g.key()),
                        g.keys(),
                        g.activations(),
                        g.revoked()))
                .toList();
    }

    private List<LicenseStatsView.Group> groups(String column) {
        List<LicenseStatsView.Group> groups = new ArrayList<>();
        for (Object[] row : rows(
                "select " + column + ", count(l), sum(l.activations), sum(case when l.status = "
                        + "fr.guichet.licensing.domain.LicenseStatus.REVOKED then 1 else 0 end) from License l group by "
                        + column + " order by count(l) desc",
                null)) {
            String key = (String) row[0];
            groups.add(new LicenseStatsView.Group(
                    key, key, ((Number) row[1]).longValue(), number(row[2]), number(row[3])));
        }
        return groups.size() > 100 ? groups.subList(0, 100) : groups;
    }

    private long count(String activeAnd, Instant now) {
        return em.createQuery("select count(l) from License l where l.status = :active and " + activeAnd, Long.class)
                .setParameter("active", LicenseStatus.ACTIVE)
                .setParameter("now", now)
                .getSingleResult();
    }

    private List<Object[]> rows(String jpql, Instant now) {
        var query = em.createQuery(jpql, Object[].class);
        if (now != null) {
            query.setParameter("now", now);
        }
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
