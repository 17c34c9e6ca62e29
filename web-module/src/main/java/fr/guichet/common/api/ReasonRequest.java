package fr.guichet.common.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an operator acts (lifting a block, reinstating a key): written to the audit log. */
@Schema(name = "ReasonRequest")
public record ReasonRequest(
        @NotBlank
        @Size(max = 1000)
        @Schema(required = true, maxLength = 1000, example = "The client rotated its leaked key")
        String reason) {}
