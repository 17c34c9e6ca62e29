package fr.guichet.licensing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which tenant's activation an operator wants an offline license file for. */
@Schema(name = "OfflineLicenseRequest")
public record OfflineLicenseRequest(
        @NotBlank @Size(max = 36) @Schema(required = true) String tenantId) {}
