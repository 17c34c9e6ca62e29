package fr.guichet.licensing.service;

import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.licensing.domain.License;
import fr.guichet.licensing.domain.LicenseActivation;
import fr.guichet.licensing.domain.LicenseKeyFormat;
import fr.guichet.licensing.domain.LicenseTerms;
import fr.guichet.licensing.repository.LicenseFilter;
import fr.guichet.licensing.repository.LicenseRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The operators' side of licensing: generate keys (one or a batch), list and read them, and move them through
 * their life (revoke, suspend, reinstate, extend). Every act is in the audit log with who did it and why; acts that
 * change what a key grants recompute the access of every tenant that activated it.
 */
@Stateless
public class LicenseService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LicenseRepository licenses;

    @Inject
    LicenseKeyHasher hasher;

    @Inject
    LicenseGrants grants;

    @Inject
    PlanService plans;

    @Inject
    LicensingConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Generates {@code count} keys (default 1) with the same terms; their secrets are in the answer only. */
    public GeneratedBatch generate(NewLicenses order, String actor) {
        Instant now = clock.instant();
        int count = order.count() == null ? 1 : order.count();
        new Validation()
                .require(
                        count >= 1 && count <= config.maxBatch(), "count", "must be between 1 and " + config.maxBatch())
                .throwIfInvalid();
        LicenseTerms terms = LicenseTerms.of(
                order.planId(),
                order.durationDays(),
                order.maxActivations(),
                order.reseller(),
                order.note(),
                order.validFrom(),
                order.activateBefore(),
                now);
        plans.checkAssignable(terms.planId(), "planId");
        String planName = plans.get(terms.planId()).name();
        String batchId = UUID.randomUUID().toString();
        List<GeneratedLicense> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = LicenseKeyFormat.generate(RANDOM);
            License license = new License(hasher.hash(key), key, terms, batchId, actor, now);
            licenses.add(license);
            generated.add(new GeneratedLicense(LicenseView.of(license, planName, now), key, activationLink(key)));
        }
        licenses.flush();
        audit.write(
                actor,
                null,
                "license.generated",
                "batch:" + batchId,
                count + " key(s) of plan " + planName
                        + " for " + terms.durationDays() + " days, " + terms.maxActivations() + " activation(s) each"
                        + (terms.reseller() == null ? "" : ", reseller " + terms.reseller()));
        return new GeneratedBatch(batchId, generated);
    }

    /** The link a key holder follows to activate the key; the key is in the fragment, never sent to a server. */
    public String activationLink(String key) {
        return config.activationUrl() + "#key=" + key;
    }

    /** The QR code (PNG) of a known key's activation link; the operator has the key from its generation. */
    public byte[] activationQrCode(String typedKey) {
        if (LicenseKeyFormat.shapeOf(typedKey) != LicenseKeyFormat.Shape.WELL_FORMED) {
            throw DomainException.invalid(
                    "key", "is not a license key (25 characters in groups of five, " + "with a valid check character)");
        }
        String key = LicenseKeyFormat.canonical(typedKey).orElseThrow();
        licenses.findByHash(hasher.hash(key))
                .orElseThrow(() -> new DomainException(ErrorCode.LICENSE_NOT_FOUND, "No license has this key"));
        return ActivationQrCode.png(activationLink(key), ActivationQrCode.DEFAULT_SIZE);
    }

    public Page<LicenseView> search(LicenseFilter filter, PageRequest page) {
        new Validation()
                .optionalText(filter.planId(), "planId", 36)
                .optionalText(filter.reseller(), "reseller", 120)
                .optionalText(filter.batchId(), "batchId", 36)
                .throwIfInvalid();
        Instant now = clock.instant();
        Map<String, String> planNames = new HashMap<>();
        return licenses.search(filter, now, page).map(l -> LicenseView.of(l, planName(planNames, l.planId()), now));
    }

    public LicenseView get(String id) {
        License license = require(id);
        return LicenseView.of(license, planName(new HashMap<>(), license.planId()), clock.instant());
    }

    /** A page of the tenants that activated the key, oldest first. */
    public Page<ActivationView> activationsOf(String id, PageRequest page) {
        require(id);
        return licenses.activationsOf(id, page).map(this::view);
    }

    /** Revokes the key for good; every tenant that activated it loses the days it gave. */
    public LicenseView revoke(String id, String reason, String actor) {
        String why = reason(reason);
        return move(id, actor, "license.revoked", why, license -> license.revoke(why, clock.instant()));
    }

    /** Suspends the key: it cannot be activated, and the days it gave are withheld until it is reinstated. */
    public LicenseView suspend(String id, String reason, String actor) {
        String why = reason(reason);
        return move(id, actor, "license.suspended", why, license -> license.suspend(why, clock.instant()));
    }

    public LicenseView reinstate(String id, String reason, String actor) {
        String why = reason(reason);
        return move(id, actor, "license.reinstated", why, license -> license.reinstate(why, clock.instant()));
    }

    /** Adds days to the key and to each of its activations, and/or moves its activation deadline later. */
    public LicenseView extend(String id, Integer days, Instant activateBefore, String reason, String actor) {
        String why = reason(reason);
        int extra = days == null ? 0 : days;
        return move(
                id,
                actor,
                "license.extended",
                "+" + extra + " days" + (activateBefore == null ? "" : ", activate before " + activateBefore) + ": "
                        + why,
                license -> {
                    license.extend(extra, activateBefore, clock.instant());
                    if (extra > 0) {
                        licenses.activationsOf(license.id()).forEach(a -> a.addDays(extra));
                    }
                });
    }

    /**
     * Changes a key and recomputes the access of every tenant that activated it. The tenants' rows are locked
     * first, then the key's, the order activations follow too (see {@link LicenseGrants}).
     */
    private LicenseView move(String id, String actor, String action, String reason, Consumer<License> change) {
        require(id);
        List<String> activators = licenses.activators(id);
        grants.lock(activators);
        License license = licenses.findForUpdate(id)
                .orElseThrow(() -> new DomainException(ErrorCode.LICENSE_NOT_FOUND, "No license with id " + id));
        change.accept(license);
        licenses.flush();
        audit.write(actor, null, action, "license:" + id, reason);
        // A tenant that activated the key between the list and the key's lock is recomputed too.
        Set<String> all = new TreeSet<>(activators);
        all.addAll(licenses.activators(id));
        all.forEach(tenantId -> grants.refresh(tenantId, actor));
        return get(id);
    }

    private ActivationView view(LicenseActivation a) {
        return new ActivationView(
                a.id(),
                a.licenseId(),
                a.tenantId(),
                a.userId(),
                a.activatedAt(),
                a.days(),
                null,
                grants.current(a.tenantId()).map(GrantView::endsAt).orElse(null));
    }

    private String planName(Map<String, String> known, String planId) {
        return known.computeIfAbsent(
                planId, id -> plans.find(id).map(PlanView::name).orElse(id));
    }

    private static String reason(String reason) {
        new Validation().textBlock(reason, "reason", 1, 1000).throwIfInvalid();
        return reason.strip();
    }

    License require(String id) {
        return licenses.find(id)
                .orElseThrow(() -> new DomainException(ErrorCode.LICENSE_NOT_FOUND, "No license with id " + id));
    }
}
