package fr.guichet.privacy.service;

import fr.guichet.privacy.domain.DataExport;
import java.time.Instant;

/**
 * A data export as the client sees it: {@code status} is {@code pending}, {@code running}, {@code ready},
 * {@code failed} or {@code expired}; a ready one can be downloaded until {@code expiresAt}.
 */
public record DataExportView(
        String id,
        String status,
        Instant createdAt,
        Instant readyAt,
        Instant expiresAt,
        Long sizeBytes,
        String lastError) {

    static DataExportView of(DataExport e) {
        return new DataExportView(
                e.id(), e.status().wireName(), e.createdAt(), e.readyAt(), e.expiresAt(), e.sizeBytes(), e.lastError());
    }
}
