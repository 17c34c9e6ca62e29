package fr.guichet.limits.api;

import fr.guichet.limits.service.AlertView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alert: a quota threshold reached, a key suspended for abuse. */
@Schema(name = "Alert")
public record AlertResponse(
        String id,
        String tenantId,

        @Schema(enumeration = {"quota_80", "quota_100", "key_suspended"})
        String kind,

        @Schema(example = "Monthly requests at 80 % of the quota (80 of 100 requests, period 2026-11)")
        String message,

        Instant createdAt) {

    static AlertResponse of(AlertView a) {
        return new AlertResponse(a.id(), a.tenantId(), a.kind(), a.message(), a.createdAt());
    }

    /** For the OpenAPI document only. */
    @Schema(name = "AlertPage")
    record Page(List<AlertResponse> items, int page, int size, long total, long totalPages) {}
}
