package fr.guichet.licensing.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.domain.DomainException;
import fr.guichet.licensing.service.LicenseService;
import fr.guichet.licensing.service.LicenseStats;
import fr.guichet.licensing.service.LicenseStatsView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators' licensing calls beside the keys themselves. Root resources of their own: under
 * {@code admin/licenses/{id}} a literal segment would otherwise be taken for a key's id.
 */
public final class AdminLicenseTools {

    private AdminLicenseTools() {}

    /** {@code GET /api/admin/licenses/stats}. */
    @Path("admin/licenses/stats")
    @OperatorOnly
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Admin: licenses")
    @SecurityRequirement(name = "operatorBasic")
    public static class Stats {

        @Inject
        LicenseStats stats;

        @GET
        @Operation(
                summary = "Licensing statistics",
                description = "Keys by state, activations per day of the "
                        + "operator's zone from `from` to `to` (ISO dates, inclusive; default the last 30 days), and keys "
                        + "and activations by reseller and by plan.")
        @APIResponse(
                responseCode = "200",
                description = "The statistics",
                content = @Content(schema = @Schema(implementation = LicenseStatsView.class)))
        @APIResponse(responseCode = "400", description = "Bad dates")
        public LicenseStatsView get(@QueryParam("from") String from, @QueryParam("to") String to) {
            return stats.stats(date(from, "from"), date(to, "to"));
        }

        private static LocalDate date(String value, String field) {
            try {
                LocalDate date = value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
                if (date != null && (date.getYear() < 1970 || date.getYear() > 9999)) {
                    throw DomainException.invalid(field, "must lie between 1970 and 9999");
                }
                return date;
            } catch (DateTimeParseException e) {
                throw DomainException.invalid(field, "must be an ISO date such as 2026-01-31");
            }
        }
    }

    /** {@code POST /api/admin/licenses/qr}. */
    @Path("admin/licenses/qr")
    @OperatorOnly
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Admin: licenses")
    @SecurityRequirement(name = "operatorBasic")
    public static class Qr {

        @Inject
        LicenseService licenses;

        @Inject
        RequestValidator validator;

        @POST
        @Produces({"image/png", "application/problem+json"})
        @Operation(
                summary = "The QR code of a key's activation link",
                description = "A PNG; the key is in the " + "body, never in a URL.")
        @APIResponse(responseCode = "200", description = "The PNG", content = @Content(mediaType = "image/png"))
        @APIResponse(responseCode = "404", description = "No license has this key")
        public Response get(LicenseKeyRequest body) {
            validator.valid(body);
            return Response.ok(licenses.activationQrCode(body.key()), "image/png")
                    .build();
        }
    }
}
