package fr.guichet.licensing.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
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
    Event<TenantChanged> changed;

    @Inject
    Clock clock;

    /** Recomputes the tenant's access now, in the caller's transaction; the actor is written to the audit log. */
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
            grant.follow(span.get());
            tenant.followLicensedPlan(span.get().planId(), now);
        } else if (grant != null) {
            tenant.endLicensedAccess(grant.previousPlanId(), grant.previousStatus(), now);
            em.remove(grant);
            audit.write(actor, tenantId, "license.access_ended", "tenant:" + tenantId,
                    "Licensed access ended; back to " + (grant.previousPlanId() == null ? "no plan"
                            : "plan " + grant.previousPlanId()) + " and " + tenant.status().wireName());
            grant = null;
        }
        changed.fire(new TenantChanged(tenantId));
        return Optional.ofNullable(grant);
    }

    /** Recomputes the access of every tenant that activated the key (after a revocation, suspension or extension). */
    public void refreshActivators(String licenseId, String actor) {
        licenses.flush();
        // One order for every caller, so that two changes locking several tenants cannot deadlock.
        licenses.activationsOf(licenseId).stream().map(a -> a.tenantId()).sorted().distinct()
                .forEach(tenantId -> refresh(tenantId, actor));
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
        return new TenantLicenseView(grant.orElse(null), licenses.activationsOfTenant(tenantId).stream()
                .map(a -> new ActivationView(a.id(), a.licenseId(), a.tenantId(), a.userId(), a.activatedAt(),
                        a.days(), null, grant.map(GrantView::endsAt).orElse(null)))
                .toList());
    }

    /** The tenants whose licensed access has reached its end and is still in place. */
    public List<String> due(Instant now) {
        return em.createQuery("select g.tenantId from LicenseGrant g where g.endsAt <= :now order by g.tenantId",
                String.class).setParameter("now", now).setMaxResults(500).getResultList();
    }

    /** Ends one tenant's expired access in its own transaction, so one failure does not stop the others. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expire(String tenantId) {
        boolean ended = refresh(tenantId, AuditLog.SYSTEM).isEmpty();
        if (ended) {
            alerts.raise("license-ended|" + tenantId + "|" + clock.instant().toEpochMilli(), tenantId,
                    AlertKind.LICENSE_ENDED, "Licensed access ended; the tenant is back on its previous plan.");
        }
    }

    /** Warns each tenant whose access ends within the notice, once per end date; returns how many were warned. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int warnEnding(java.time.Duration notice) {
        Instant now = clock.instant();
        List<LicenseGrant> ending = em.createQuery("select g from LicenseGrant g where g.endsAt > :now "
                        + "and g.endsAt <= :limit", LicenseGrant.class)
                .setParameter("now", now).setParameter("limit", now.plus(notice))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(500).getResultList();
        int warned = 0;
        for (LicenseGrant grant : ending) {
            if (grant.needsWarning(now, notice)) {
                alerts.raise("license-expiring|" + grant.tenantId() + "|" + grant.endsAt().toEpochMilli(),
                        grant.tenantId(), AlertKind.LICENSE_EXPIRING, "Licensed access ends on "
                                + DateTimeFormatter.ISO_INSTANT.format(grant.endsAt())
                                + ": activate another license key to extend it.");
                grant.warned();
                warned++;
            }
        }
        return warned;
    }
}
