package fr.guichet.tenancy.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new personal access token: a name, a scope and how many days it works. */
@Schema(name = "CreateTokenRequest")
public record CreateTokenRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Monthly usage export", maxLength = 100)
        String name,

        @NotNull
        @Pattern(regexp = "READ_ONLY|READ_WRITE", message = "must be one of READ_ONLY, READ_WRITE")
        @Schema(
                required = true,
                enumeration = {"READ_ONLY", "READ_WRITE"},
                description = "READ_ONLY: GET calls only; READ_WRITE: what the user may do")
        String scope,

        @Min(1) @Max(365) @Schema(description = "Days until it stops working, 1 to 365; absent: 90", example = "90")
        Integer days) {}
