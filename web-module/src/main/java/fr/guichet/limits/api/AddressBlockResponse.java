package fr.guichet.limits.api;

import fr.guichet.limits.service.AddressBlockView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An address blocked after repeated failed authentications. */
@Schema(name = "AddressBlock")
public record AddressBlockResponse(
        @Schema(example = "203.0.113.7") String address,

        @Schema(description = "How many times it was blocked within a day; each block lasts twice the previous")
        int level,

        Instant blockedAt,
        Instant blockedUntil,
        String reason) {

    static AddressBlockResponse of(AddressBlockView b) {
        return new AddressBlockResponse(b.address(), b.level(), b.blockedAt(), b.blockedUntil(), b.reason());
    }

    /** For the OpenAPI document only. */
    @Schema(name = "AddressBlockPage")
    record Page(List<AddressBlockResponse> items, int page, int size, long total, long totalPages) {}
}
