package fr.guichet.access.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan's whole provider chain, in the order providers are tried. */
@Schema(name = "SetPlanProvidersRequest")
public record SetPlanProvidersRequest(
        @NotNull
        @Size(min = 1, max = 10)
        @Schema(
                required = true,
                description = "1 to 10 distinct provider ids; the first serving the model answers",
                example = "[\"00000000-0000-4000-8000-000000000001\", \"00000000-0000-4000-8000-000000000006\"]")
        List<@NotBlank @Size(max = 36) String> providerIds) {}
