package fr.guichet.licensing.service;

import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.licensing.domain.License;
import fr.guichet.licensing.domain.LicenseActivation;
import fr.guichet.licensing.domain.LicenseCheckCode;
import fr.guichet.licensing.domain.LicenseGrant;
import fr.guichet.licensing.domain.LicenseKeyFormat;
import fr.guichet.licensing.repository.LicenseRepository;
import fr.guichet.tenancy.domain.Tenant;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What key holders do with a key: check it (anyone) and activate it for their tenant (a signed-in tenant user).
 * Both pass the {@link LicenseGuard} first. An activation takes one of the key's activations by a conditional
 * update, records who activated it, and moves the tenant's licensed access; all of it commits together or not at
 * all.
 */
@Stateless
public class LicenseActivations {

    @Inject
    LicenseRepository licenses;

    @Inject
    TenantRepository tenants;

    @Inject
    PlanService plans;

    @Inject
    LicenseGrants grants;

    @Inject
    LicenseGuard guard;

    @Inject
    LicenseKeyHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the key is worth now. */
    public LicenseCheck check(String typedKey, String address) {
        guard.admit(address, null);
        Instant now = clock.instant();
        Optional<License> found = find(typedKey, address);
        if (found.isEmpty()) {
            return LicenseCheck.unknown(codeOfMissing(typedKey));
        }
        License license = found.get();
        LicenseCheckCode code = license.checkAt(now);
        String plan = plans.find(license.planId()).map(PlanView::name).orElse(null);
        return new LicenseCheck(
                code == LicenseCheckCode.VALID,
                code,
                license.planId(),
                plan,
                license.durationDays(),
                license.activateBefore(),
                license.remainingActivations());
    }

    /**
     * Activates the key for the user's tenant; refused with the check's code as the error when it cannot be. Locks
     * the tenant, then the key, the order every change of licensed access follows ({@link LicenseGrants}).
     */
    public ActivationView activate(String tenantId, String userId, String typedKey, String address) {
        guard.admit(address, userId);
        Instant now = clock.instant();
        License found = find(typedKey, address).orElseThrow(() -> refusal(codeOfMissing(typedKey)));
        Tenant tenant = tenants.findForUpdate(tenantId)
                .orElseThrow(() -> new DomainException(ErrorCode.TENANT_NOT_FOUND, "No tenant with id " + tenantId));
        if (!tenant.status().grantsAccess()) {
            throw new DomainException(
                    ErrorCode.ACCOUNT_SUSPENDED,
                    "The account is " + tenant.status().wireName() + "; contact the operator to reactivate it");
        }
        License license = licenses.findForUpdate(found.id()).orElseThrow(() -> refusal(LicenseCheckCode.NOT_FOUND));
        if (licenses.activated(license.id(), tenantId)) {
            throw new DomainException(
                    ErrorCode.LICENSE_ALREADY_ACTIVATED, "Your organisation already activated this license key");
        }
        refuseUnlessValid(license.checkAt(now));
        if (!licenses.claimActivation(license.id(), now)) {
            licenses.reload(license);
            LicenseCheckCode code = license.checkAt(now);
            refuseUnlessValid(code == LicenseCheckCode.VALID ? LicenseCheckCode.MAX_ACTIVATIONS_REACHED : code);
        }
        LicenseActivation activation = new LicenseActivation(license, tenantId, userId, now);
        licenses.add(activation);
        LicenseGrant grant = grants.refresh(tenantId, "user:" + userId).orElseThrow();
        audit.write(
                "user:" + userId,
                tenantId,
                "license.activated",
                "license:" + license.id(),
                "Activated for " + license.durationDays() + " days of plan " + license.planId()
                        + "; licensed access now ends " + grant.endsAt());
        return new ActivationView(
                activation.id(),
                license.id(),
                tenantId,
                userId,
                now,
                activation.days(),
                grant.planId(),
                grant.endsAt());
    }

    private Optional<License> find(String typedKey, String address) {
        if (LicenseKeyFormat.shapeOf(typedKey) != LicenseKeyFormat.Shape.WELL_FORMED) {
            guard.unknownKey(address);
            return Optional.empty();
        }
        Optional<License> license = licenses.findByHash(
                hasher.hash(LicenseKeyFormat.canonical(typedKey).orElseThrow()));
        if (license.isEmpty()) {
            guard.unknownKey(address);
        }
        return license;
    }

    private static LicenseCheckCode codeOfMissing(String typedKey) {
        return LicenseKeyFormat.shapeOf(typedKey) == LicenseKeyFormat.Shape.WELL_FORMED
                ? LicenseCheckCode.NOT_FOUND
                : LicenseCheckCode.MALFORMED;
    }

    private static void refuseUnlessValid(LicenseCheckCode code) {
        if (code != LicenseCheckCode.VALID) {
            throw refusal(code);
        }
    }

    private static DomainException refusal(LicenseCheckCode code) {
        String detail = switch (code) {
            case NOT_FOUND -> "No license has this key; check it was copied whole";
            case MALFORMED ->
                "This is not a valid license key: a character is mistyped (keys have 25 characters "
                        + "in groups of five, without 0, O, 1, I, 2 or Z)";
            case REVOKED -> "This license key was revoked";
            case SUSPENDED -> "This license key is suspended; contact its seller";
            case EXPIRED -> "This license key can no longer be activated";
            case NOT_YET_ACTIVE -> "This license key cannot be activated yet";
            case MAX_ACTIVATIONS_REACHED -> "This license key has been activated as many times as it allows";
            case VALID -> throw new IllegalArgumentException("not a refusal");
        };
        return new DomainException(code.refusal(), detail);
    }
}
