package fr.guichet.licensing.service;

import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.licensing.domain.License;
import fr.guichet.licensing.domain.LicenseStatus;
import fr.guichet.licensing.domain.OfflineLicense;
import fr.guichet.licensing.repository.LicenseRepository;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Signs offline license files for on-premise installations: for a tenant that activated a key that still grants
 * access, the plan, the tenant, the end of its licensed access and the issue date, signed with the operator's
 * Ed25519 key ({@link LicenseSigning}). Each file issued is in the audit log.
 */
@Stateless
public class LicenseOffline {

    /** A signed file and the name to save it under. */
    public record LicenseFile(String fileName, String text) {
    }

    @Inject
    LicenseRepository licenses;

    @Inject
    TenantRepository tenants;

    @Inject
    PlanService plans;

    @Inject
    LicenseGrants grants;

    @Inject
    LicenseSigning signing;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public LicenseFile file(String licenseId, String tenantId, String actor) {
        Instant now = clock.instant();
        License license = licenses.find(licenseId).orElseThrow(() ->
                new DomainException(ErrorCode.LICENSE_NOT_FOUND, "No license with id " + licenseId));
        licenses.activation(licenseId, tenantId).orElseThrow(() -> new DomainException(
                ErrorCode.LICENSE_NOT_ACTIVATED, "This tenant has not activated license " + licenseId));
        if (license.status() != LicenseStatus.ACTIVE) {
            throw new DomainException(license.status() == LicenseStatus.REVOKED ? ErrorCode.LICENSE_REVOKED
                    : ErrorCode.LICENSE_SUSPENDED, "The license is " + license.status().wireName());
        }
        Instant endsAt = grants.current(tenantId).map(GrantView::endsAt).filter(now::isBefore).orElseThrow(() ->
                new DomainException(ErrorCode.LICENSE_EXPIRED, "The tenant's licensed access has ended"));
        Tenant tenant = tenants.find(tenantId).orElseThrow(() ->
                new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId));
        PlanView plan = plans.get(license.planId());
        String text = signing.sign(new OfflineLicense(license.id(), tenant.id(), tenant.name(), plan.code(),
                plan.name(), endsAt, now));
        audit.write(actor, tenantId, "license.offline_issued", "license:" + licenseId,
                "Offline license file signed (key " + signing.keyId() + "), valid until " + endsAt);
        return new LicenseFile("guichet-" + tenant.slug() + "-" + licenseId.substring(0, 8) + ".lic", text);
    }
}
