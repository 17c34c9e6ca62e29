package fr.guichet.licensing.service;

import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.licensing.domain.License;
import fr.guichet.licensing.domain.LicenseActivation;
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
    public record LicenseFile(String fileName, String text) {}

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

    /**
     * The file for the tenant's activation of the key: refused unless the key still grants access, the activation is
     * part of the access in force, and the tenant may use the service. It states the plan and the end of the access in
     * force (which the key's activation is part of).
     */
    public LicenseFile file(String licenseId, String tenantId, String actor) {
        Instant now = clock.instant();
        License license = licenses.find(licenseId)
                .orElseThrow(() -> new DomainException(ErrorCode.LICENSE_NOT_FOUND, "No license with id " + licenseId));
        LicenseActivation activation = licenses.activation(licenseId, tenantId)
                .orElseThrow(() -> new DomainException(
                        ErrorCode.LICENSE_NOT_ACTIVATED, "This tenant has not activated license " + licenseId));
        if (license.status() != LicenseStatus.ACTIVE) {
            throw new DomainException(
                    license.status() == LicenseStatus.REVOKED ? ErrorCode.LICENSE_REVOKED : ErrorCode.LICENSE_SUSPENDED,
                    "The license is " + license.status().wireName());
        }
        Tenant tenant = tenants.find(tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId));
        if (!tenant.status().grantsAccess()) {
            throw new DomainException(
                    ErrorCode.ACCOUNT_SUSPENDED,
                    "The account is " + tenant.status().wireName());
        }
        GrantView grant = grants.current(tenantId)
                .filter(g ->
                        now.isBefore(g.endsAt()) && !activation.activatedAt().isBefore(g.startsAt()))
                .orElseThrow(
                        () -> new DomainException(ErrorCode.LICENSE_EXPIRED, "The access this license gave has ended"));
        PlanView plan = plans.get(grant.planId());
        String text = signing.sign(new OfflineLicense(
                license.id(), tenant.id(), tenant.name(), plan.code(), plan.name(), grant.endsAt(), now));
        audit.write(
                actor,
                tenantId,
                "license.offline_issued",
                "license:" + licenseId,
                "Offline license file signed (key " + signing.keyId() + "), plan " + plan.code() + " until "
                        + grant.endsAt());
        return new LicenseFile("guichet-" + tenant.slug() + "-" + licenseId.substring(0, 8) + ".lic", text);
    }
}
