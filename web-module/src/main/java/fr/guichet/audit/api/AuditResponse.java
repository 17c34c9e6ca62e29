package fr.guichet.audit.api;

import fr.guichet.audit.AuditView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the audit log. */
@Schema(name = "AuditEvent")
public record AuditResponse(
        String id,
        Instant occurredAt,

        @Schema(description = "system, operator:<email> or user:<id>", example = "system")
        String actor,

        String tenantId,
        @Schema(example = "address.blocked") String action,
        @Schema(example = "address:203.0.113.7") String subject,
        String reason) {

    static AuditResponse of(AuditView a) {
        return new AuditResponse(a.id(), a.occurredAt(), a.actor(), a.tenantId(), a.action(), a.subject(), a.reason());
    }

    /** For the OpenAPI document only. */
    @Schema(name = "AuditEventPage")
    record Page(List<AuditResponse> items, int page, int size, long total, long totalPages) {}
}
