package fr.guichet.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One tenant's activation of a license key, by one of its users: it adds the key's days to the tenant's licensed
 * access. A tenant activates a key at most once (unique in the database).
 */
@Entity
@Table(name = "license_activation")
public class LicenseActivation {

    @Id
    private String id;

    @Column(name = "license_id", nullable = false, updatable = false)
    private String licenseId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "user_id", updatable = false)
    private String userId;

    @Column(name = "activated_at", nullable = false, updatable = false)
    private Instant activatedAt;

    @Column(name = "days", nullable = false)
    private int days;

    protected LicenseActivation() {}

    public LicenseActivation(License license, String tenantId, String userId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.licenseId = license.id();
        this.tenantId = tenantId;
        this.userId = userId;
        this.activatedAt = now;
        this.days = license.durationDays();
    }

    /** The key was extended: this activation grants the extra days too. */
    public void addDays(int extra) {
        this.days += extra;
    }

    public String id() {
        return id;
    }

    public String licenseId() {
        return licenseId;
    }

    public String tenantId() {
        return tenantId;
    }

    public String userId() {
        return userId;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public int days() {
        return days;
    }
}
