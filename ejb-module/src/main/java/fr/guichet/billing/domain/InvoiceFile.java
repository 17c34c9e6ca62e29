package fr.guichet.billing.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The documents of an issued invoice, made once: its PDF/A-3 (with the Factur-X XML inside) and the XML alone.
 * Every download serves these bytes; they are never made again.
 */
@Entity
@Table(name = "invoice_file")
public class InvoiceFile {

    @Id
    @Column(name = "invoice_id")
    private String invoiceId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "facturx", nullable = false, updatable = false)
    private byte[] facturX;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected InvoiceFile() {}

    public InvoiceFile(String invoiceId, byte[] pdf, byte[] facturX, Instant now) {
        this.invoiceId = invoiceId;
        this.pdf = pdf.clone();
        this.facturX = facturX.clone();
        this.createdAt = now;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public byte[] facturX() {
        return facturX.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
