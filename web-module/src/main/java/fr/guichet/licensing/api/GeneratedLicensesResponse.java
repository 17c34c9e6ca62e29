package fr.guichet.licensing.api;

import fr.guichet.licensing.service.GeneratedBatch;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The keys just generated, each with its secret (shown this once) and activation link. */
@Schema(name = "GeneratedLicenses")
public record GeneratedLicensesResponse(String batchId, int count, List<Item> licenses) {

    @Schema(name = "GeneratedLicense")
    public record Item(
            @Schema(description = "The key, shown once", example = "7KQ3M-XR4TD-9HNPV-C8WEF-3JY6B")
            String key,

            @Schema(description = "The activation link; the key is in its fragment")
            String activationLink,

            LicenseResponse license) {}

    static GeneratedLicensesResponse of(GeneratedBatch batch) {
        return new GeneratedLicensesResponse(
                batch.batchId(),
                batch.licenses().size(),
                batch.licenses().stream()
                        .map(g -> new Item(g.key(), g.activationLink(), LicenseResponse.of(g.license())))
                        .toList());
    }
}
