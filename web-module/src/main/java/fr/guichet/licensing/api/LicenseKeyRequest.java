package fr.guichet.licensing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A license key, in the body (never in a URL); case, spaces and dashes do not matter. */
@Schema(name = "LicenseKeyRequest")
public record LicenseKeyRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "7KQ3M-XR4TD-9HNPV-C8WEF-3JY6B")
        String key) {}
