package fr.guichet.billing.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a Guichet record is in Dolibarr: its id there and, for invoices, Dolibarr's own number; for a client, a
 * fingerprint of what was sent, so an unchanged client is not sent again.
 */
@Entity
@Table(name = "erp_link")
public class ErpLink {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "remote_id", nullable = false)
    private long remoteId;

    @Column(name = "remote_ref")
    private String remoteRef;

    @Column(name = "fingerprint")
    private String fingerprint;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    protected ErpLink() {}

    public ErpLink(ErpTaskKind kind, String subjectId, String tenantId, long remoteId, Instant now) {
        this.id = id(kind, subjectId);
        this.tenantId = tenantId;
        this.remoteId = remoteId;
        this.syncedAt = now;
    }

    public static String id(ErpTaskKind kind, String subjectId) {
        return kind.wireName() + ":" + subjectId;
    }

    public void synced(long newRemoteId, String ref, String newFingerprint, Instant now) {
        this.remoteId = newRemoteId;
        this.remoteRef = ref;
        this.fingerprint = newFingerprint;
        this.syncedAt = now;
    }

    public String subjectId() {
        return id.substring(id.indexOf(':') + 1);
    }

    public String tenantId() {
        return tenantId;
    }

    public long remoteId() {
        return remoteId;
    }

    public String remoteRef() {
        return remoteRef;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Instant syncedAt() {
        return syncedAt;
    }
}
