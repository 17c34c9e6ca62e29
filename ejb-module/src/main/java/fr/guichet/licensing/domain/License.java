package fr.guichet.licensing.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A license key sold by a reseller: it grants a plan for a number of days to each tenant that activates it, up to
 * its maximum number of activations, between its optional {@code validFrom} and {@code activateBefore} dates. Only a
 * keyed hash of the key is stored, with its last four characters to recognise it. The activation count is only
 * ever raised by one conditional update (see the repository), so it never passes the maximum.
 */
@Entity
@Table(name = "license")
public class License {

    /** The longest duration a key may grant, and the farthest any extension may go: ten years. */
    public static final int MAX_DAYS = 3660;
    /** The most activations of one key: a move of the key (revoke, extend) recomputes all of them at once. */
    public static final int MAX_ACTIVATIONS = 1000;

    @Id
    private String id;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(name = "key_hint", nullable = false, updatable = false)
    private String keyHint;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private String planId;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @Column(name = "max_activations", nullable = false, updatable = false)
    private int maxActivations;

    @Column(name = "activations", nullable = false)
    private int activations;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private LicenseStatus status;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private String batchId;

    @Column(name = "reseller", updatable = false)
    private String reseller;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "valid_from", updatable = false)
    private Instant validFrom;

    @Column(name = "activate_before")
    private Instant activateBefore;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "status_reason")
    private String statusReason;

    @Version
    private int version;

    protected License() {}

    /** A new key of a batch; {@code terms} were validated by the caller ({@link LicenseTerms}). */
    public License(
            String keyHash, String canonicalKey, LicenseTerms terms, String batchId, String createdBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.keyHash = keyHash;
        this.keyHint = canonicalKey.substring(canonicalKey.length() - 4);
        this.planId = terms.planId();
        this.durationDays = terms.durationDays();
        this.maxActivations = terms.maxActivations();
        this.activations = 0;
        this.status = LicenseStatus.ACTIVE;
        this.batchId = batchId;
        this.reseller = terms.reseller();
        this.note = terms.note();
        this.validFrom = terms.validFrom();
        this.activateBefore = terms.activateBefore();
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** What checking this (found) key says at {@code now}, by the precedence of {@link LicenseCheckCode}. */
    public LicenseCheckCode checkAt(Instant now) {
        if (status == LicenseStatus.REVOKED) {
            return LicenseCheckCode.REVOKED;
        }
        if (status == LicenseStatus.SUSPENDED) {
            return LicenseCheckCode.SUSPENDED;
        }
        if (activateBefore != null && !now.isBefore(activateBefore)) {
            return LicenseCheckCode.EXPIRED;
        }
        if (validFrom != null && now.isBefore(validFrom)) {
            return LicenseCheckCode.NOT_YET_ACTIVE;
        }
        if (activations >= maxActivations) {
            return LicenseCheckCode.MAX_ACTIVATIONS_REACHED;
        }
        return LicenseCheckCode.VALID;
    }

    /** Revokes the key for good: it cannot be activated, and the access it granted ends. */
    public void revoke(String reason, Instant now) {
        if (status == LicenseStatus.REVOKED) {
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION, "The license is already revoked");
        }
        changeStatus(LicenseStatus.REVOKED, reason, now);
    }

    /** Suspends the key: no activation, and the days it granted are withheld until it is reinstated. */
    public void suspend(String reason, Instant now) {
        if (status != LicenseStatus.ACTIVE) {
            throw new DomainException(
                    ErrorCode.INVALID_STATUS_TRANSITION,
                    "Only an active license can be suspended; this one is " + status.wireName());
        }
        changeStatus(LicenseStatus.SUSPENDED, reason, now);
    }

    public void reinstate(String reason, Instant now) {
        if (status != LicenseStatus.SUSPENDED) {
            throw new DomainException(
                    ErrorCode.INVALID_STATUS_TRANSITION,
                    "Only a suspended license can be reinstated; this one is " + status.wireName());
        }
        changeStatus(LicenseStatus.ACTIVE, reason, now);
    }

    /**
     * Adds days to what the key grants (its activations get them too) and optionally moves its last activation date
     * later.
     */
    public void extend(int days, Instant newActivateBefore, Instant now) {
        if (status == LicenseStatus.REVOKED) {
            throw new DomainException(ErrorCode.LICENSE_REVOKED, "A revoked license cannot be extended");
        }
        if (days < 0 || days > MAX_DAYS || durationDays + days > MAX_DAYS) {
            throw DomainException.invalid(
                    "days",
                    "must be between 0 and " + (MAX_DAYS - durationDays) + " (a license grants at most " + MAX_DAYS
                            + " days)");
        }
        if (newActivateBefore != null) {
            if (activateBefore != null && newActivateBefore.isBefore(activateBefore)) {
                throw DomainException.invalid("activateBefore", "can only move later");
            }
            if (!newActivateBefore.isAfter(now) || !LicenseTerms.within(newActivateBefore, now)) {
                throw DomainException.invalid("activateBefore", "must be in the future, within ten years");
            }
            this.activateBefore = newActivateBefore;
        } else if (days == 0) {
            throw DomainException.invalid("days", "give days to add, a later activateBefore, or both");
        }
        this.durationDays += days;
    }

    private void changeStatus(LicenseStatus target, String reason, Instant now) {
        this.status = target;
        this.statusReason = reason;
        this.statusChangedAt = now;
    }

    /** Whether activations of this key count towards their tenant's licensed access. */
    public boolean grantsAccess() {
        return status == LicenseStatus.ACTIVE;
    }

    public int remainingActivations() {
        return Math.max(0, maxActivations - activations);
    }

    public String id() {
        return id;
    }

    public String keyHash() {
        return keyHash;
    }

    public String keyHint() {
        return keyHint;
    }

    public String planId() {
        return planId;
    }

    public int durationDays() {
        return durationDays;
    }

    public int maxActivations() {
        return maxActivations;
    }

    public int activations() {
        return activations;
    }

    public LicenseStatus status() {
        return status;
    }

    public String batchId() {
        return batchId;
    }

    public String reseller() {
        return reseller;
    }

    public String note() {
        return note;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant activateBefore() {
        return activateBefore;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public String statusReason() {
        return statusReason;
    }
}
