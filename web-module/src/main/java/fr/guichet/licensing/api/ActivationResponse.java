package fr.guichet.licensing.api;

import fr.guichet.licensing.service.ActivationView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's activation of a key, with the tenant's licensed access after it when known. */
@Schema(name = "LicenseActivation")
public record ActivationResponse(
        String id,
        String licenseId,
        String tenantId,
        String userId,
        Instant activatedAt,
        int days,
        String planId,

        @Schema(description = "When the tenant's licensed access ends")
        Instant accessEndsAt) {

    static ActivationResponse of(ActivationView a) {
        return new ActivationResponse(
                a.id(),
                a.licenseId(),
                a.tenantId(),
                a.userId(),
                a.activatedAt(),
                a.days(),
                a.planId(),
                a.accessEndsAt());
    }

    /** For the OpenAPI document only: a page of activations. */
    @Schema(name = "LicenseActivationPage")
    record Page(List<ActivationResponse> items, int page, int size, long total, long totalPages) {}
}
