package fr.guichet.privacy.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The ZIP of a ready export, apart from the export so that lists never read it. */
@Entity
@Table(name = "data_export_file")
public class DataExportFile {

    @Id
    @Column(name = "export_id")
    private String exportId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected DataExportFile() {}

    public DataExportFile(String exportId, byte[] content) {
        this.exportId = exportId;
        this.content = content;
    }

    public String exportId() {
        return exportId;
    }

    public byte[] content() {
        return content;
    }
}
