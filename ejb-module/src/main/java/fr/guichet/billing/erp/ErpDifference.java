package fr.guichet.billing.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One difference a reconciliation found, in words, with Guichet's and Dolibarr's references. */
@Entity
@Table(name = "erp_difference")
public class ErpDifference {

    @Id
    private String id;

    @Column(name = "reconciliation_id", nullable = false, updatable = false)
    private String reconciliationId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "guichet_ref", updatable = false)
    private String guichetRef;

    @Column(name = "dolibarr_ref", updatable = false)
    private String dolibarrRef;

    @Column(name = "detail", nullable = false, updatable = false)
    private String detail;

    protected ErpDifference() {}

    public ErpDifference(
            String reconciliationId, int position, String kind, String guichetRef, String dolibarrRef, String detail) {
        this.id = UUID.randomUUID().toString();
        this.reconciliationId = reconciliationId;
        this.position = position;
        this.kind = kind;
        this.guichetRef = guichetRef;
        this.dolibarrRef =
                dolibarrRef == null || dolibarrRef.length() <= 128 ? dolibarrRef : dolibarrRef.substring(0, 128);
        this.detail = detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
    }

    public int position() {
        return position;
    }

    public String kind() {
        return kind;
    }

    public String guichetRef() {
        return guichetRef;
    }

    public String dolibarrRef() {
        return dolibarrRef;
    }

    public String detail() {
        return detail;
    }
}
