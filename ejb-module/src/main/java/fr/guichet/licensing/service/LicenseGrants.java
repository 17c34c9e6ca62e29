package fr.guichet.licensing.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.persistence.NativeRows;
import fr.guichet.licensing.domain.LicenseGrant;
import fr.guichet.licensing.domain.LicensedPeriod;
import fr.guichet.licensing.repository.LicenseRepository;
import fr.guichet.limits.domain.AlertKind;
import fr.guichet.limits.service.AlertLog;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.service.TenantChanged;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each tenant's licensed access equal to what its activations add up to ({@link LicensedPeriod}): begins it
 * (the tenant moves to the licensed plan), moves its end, and ends it (the tenant goes back to the plan and standing
 * it had). The tenant's row is locked while this is decided, so two changes for one tenant take turns; every server
 * forgets its memory of the tenant once the change commits.
 */
@Stateless
public class LicenseGrants {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    @Inject
    LicenseRepository licenses;

    @Inject
    AuditLog audit;

    @Inject
    AlertLog alerts;

    @Inject
    LicenseMails mails;

    @Inject
    Event<TenantChanged> changed;

    @Inject
    Clock clock;

    /**
     * Recomputes the tenant's access now, in the caller's transaction; the actor is written to the audit log. Locks
     * the tenant's row first: whoever also locks keys (an activation, an operator's move) locks the tenants first.
     */
    public Optional<LicenseGrant> refresh(String tenantId, String actor) {
        Instant now = clock.instant();
        Tenant tenant = em.find(Tenant.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (tenant == null) {
            return Optional.empty();
        }
        Optional<LicensedPeriod.Span> span = LicensedPeriod.at(licenses.grantingParts(tenantId), now);
        LicenseGrant grant = em.find(LicenseGrant.class, tenantId);
        if (span.isPresent() && grant == null) {
            grant = new LicenseGrant(tenantId, span.get(), tenant.planId(), tenant.status());
            em.persist(grant);
            tenant.beginLicensedAccess(span.get().planId(), now);
        } else if (span.isPresent()) {
            tenant.followLicensedPlan(grant.planId(), span.get().planId(), now);
            grant.follow(span.get());
        } else if (grant != null) {
            tenant.endLicensedAccess(grant.planId(), grant.previousPlanId(), grant.previousStatus(), now);
            em.remove(grant);
            audit.write(
                    actor,
                    tenantId,
                    "license.access_ended",
                    "tenant:" + tenantId,
                    "Licensed access ended; the tenant is on "
                            + (tenant.planId() == null ? "no plan" : "plan " + tenant.planId()) + ", "
                            + tenant.status().wireName());
            grant = null;
        }
        changed.fire(new TenantChanged(tenantId));
        return Optional.ofNullable(grant);
    }

    /** Locks the tenants' rows, in the order given (ids sorted), before a key of theirs is locked and changed. */
    public void lock(List<String> tenantIds) {
        for (String tenantId : tenantIds) {
            em.find(Tenant.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    /** Every span of licensed access the tenant's keys (those still granting) gave it, oldest first. */
    public List<LicensedPeriod.Span> spans(String tenantId) {
        return LicensedPeriod.spans(licenses.grantingParts(tenantId));
    }

    public Optional<GrantView> current(String tenantId) {
        return Optional.ofNullable(em.find(LicenseGrant.class, tenantId)).map(GrantView::of);
    }

    /** A tenant's licensed access (if any is in force) and every key it activated; an unknown tenant is 404. */
    public TenantLicenseView ofTenant(String tenantId) {
        if (em.find(Tenant.class, tenantId) == null) {
            throw new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId);
        }
        Optional<GrantView> grant = current(tenantId);
        return new TenantLicenseView(
                grant.orElse(null),
                licenses.activationsOfTenant(tenantId).stream()
                        .map(a -> new ActivationView(
                                a.id(),
                                a.licenseId(),
                                a.tenantId(),
                                a.userId(),
                                a.activatedAt(),
                                a.days(),
                                null,
                                grant.map(GrantView::endsAt).orElse(null)))
                        .toList());
    }

    /** The tenants whose licensed access has reached its end and is still in place. */
    public List<String> due(Instant now) {
        return em.createQuery(
                        "select g.tenantId from LicenseGrant g where g.endsAt <= :now order by g.tenantId",
                        String.class)
                .setParameter("now", now)
                .setMaxResults(500)
                .getResultList();
    }

    /**
     * Ends one tenant's expired access in its own transaction, so one failure does not stop the others; alerts the
     * tenant once per end (a key activated meanwhile may have extended it instead).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(String tenantId) {
        LicenseGrant before = em.find(LicenseGrant.class, tenantId);
        Instant endedAt = before == null ? null : before.endsAt();
        boolean ended = refresh(tenantId, AuditLog.SYSTEM).isEmpty() && endedAt != null;
        if (ended) {
            alerts.raise(
                    "license-ended|" + tenantId + "|" + endedAt.toEpochMilli(),
                    tenantId,
                    AlertKind.LICENSE_ENDED,
                    "Licensed access ended on " + DateTimeFormatter.ISO_INSTANT.format(endedAt)
                            + "; activate a license key or choose a plan to go on.");
        }
        return ended;
    }

    /** The licensed accesses that end within {@code within}, the soonest first. */
    public fr.guichet.common.domain.Page<GrantView> endingWithin(
            java.time.Duration within, fr.guichet.common.domain.PageRequest page) {
        Instant now = clock.instant();
        String where = " from LicenseGrant g where g.endsAt > :now and g.endsAt <= :limit";
        List<LicenseGrant> items = em.createQuery(
                        "select g" + where + " order by g.endsAt, g.tenantId", LicenseGrant.class)
                .setParameter("now", now)
                .setParameter("limit", now.plus(within))
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(g)" + where, Long.class)
                .setParameter("now", now)
                .setParameter("limit", now.plus(within))
                .getSingleResult();
        return new fr.guichet.common.domain.Page<>(
                items.stream().map(GrantView::of).toList(), page.page(), page.size(), total);
    }

    /**
     * Warns each tenant whose access ends within the notice, once per end date (a conditional update marks it, so
     * two servers never warn twice); returns how many were warned.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int warnEnding(java.time.Duration notice) {
        Instant now = clock.instant();
        List<Object[]> ending = em.createQuery(
                        "select g.tenantId, g.endsAt from LicenseGrant g where g.endsAt > :now "
                                + "and g.endsAt <= :limit and (g.warnedFor is null or g.warnedFor <> g.endsAt) "
                                + "order by g.endsAt",
                        Object[].class)
                .setParameter("now", now)
                .setParameter("limit", now.plus(notice))
                .setMaxResults(500)
                .getResultList();
        int warned = 0;
        for (Object[] row : ending) {
            String tenantId = (String) row[0];
            Instant endsAt = NativeRows.toInstant(row[1]);
            int marked = em.createNativeQuery("UPDATE license_grant SET warned_for = ends_at WHERE tenant_id = ? "
                            + "AND ends_at = ? AND (warned_for IS NULL OR warned_for <> ends_at)")
                    .setParameter(1, tenantId)
                    .setParameter(2, Timestamp.from(endsAt))
                    .executeUpdate();
            if (marked == 1) {
                LicenseGrant grant = em.find(LicenseGrant.class, tenantId);
                String planId = grant == null ? null : grant.planId();
                alerts.raise(
                        "license-expiring|" + tenantId + "|" + endsAt.toEpochMilli(),
                        tenantId,
                        AlertKind.LICENSE_EXPIRING,
                        "Licensed access ends on " + DateTimeFormatter.ISO_INSTANT.format(endsAt)
                                + ": activate another license key to extend it.",
                        () -> mails.ending(tenantId, planId, endsAt));
                warned++;
            }
        }
        return warned;
    }
}
