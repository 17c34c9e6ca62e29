package fr.guichet.privacy.domain;

import fr.guichet.common.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A tenant's privacy choices: how many days its personal data is kept (30, 90, 180 or 365). */
@Entity
@Table(name = "privacy_settings")
public class PrivacySettings {

    /** The retentions a tenant may choose, in days. */
    public static final List<Integer> RETENTIONS = List.of(30, 90, 180, 365);

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "retention_days", nullable = false)
    private int retentionDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected PrivacySettings() {}

    public PrivacySettings(String tenantId, int retentionDays, Instant now) {
        this.tenantId = tenantId;
        changeRetention(retentionDays, now);
    }

    public void changeRetention(int days, Instant now) {
        if (!RETENTIONS.contains(days)) {
            throw DomainException.invalid("retentionDays", "must be one of 30, 90, 180 or 365 days");
        }
        this.retentionDays = days;
        this.updatedAt = now;
    }

    public String tenantId() {
        return tenantId;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
