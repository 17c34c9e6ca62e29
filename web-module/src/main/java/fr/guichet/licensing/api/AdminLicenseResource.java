package fr.guichet.licensing.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.domain.DomainException;
import fr.guichet.licensing.repository.LicenseFilter;
import fr.guichet.licensing.service.LicenseCsv;
import fr.guichet.licensing.service.LicenseService;
import fr.guichet.licensing.service.NewLicenses;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operators' licensing API: generate keys, list them, see statistics. One key's calls are in {@link AdminLicenseItemResource}; statistics and QR codes in {@link AdminLicenseTools}. */
@Path("admin/licenses")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: licenses")
@SecurityRequirement(name = "operatorBasic")
@APIResponse(responseCode = "400", description = "Invalid input")
public class AdminLicenseResource {

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @Inject
    LicenseService licenses;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @POST
    @Operation(
            summary = "Generate license keys",
            description =
                    "One key, or a batch with the same terms. The keys "
                            + "are in the answer, this once (only keyed hashes are kept); ask for text/csv to get the batch as CSV.")
    @APIResponse(
            responseCode = "201",
            description = "The keys, with their activation links",
            content = @Content(schema = @Schema(implementation = GeneratedLicensesResponse.class)))
    public Response generate(GenerateLicensesRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(GeneratedLicensesResponse.of(licenses.generate(order(body), actor())))
                .build();
    }

    @POST
    @Produces(LicenseCsv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response generateCsv(GenerateLicensesRequest body) {
        var batch = licenses.generate(order(body), actor());
        return Response.status(Response.Status.CREATED)
                .type(LicenseCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"licenses-" + batch.batchId() + ".csv\"")
                .entity(LicenseCsv.of(batch))
                .build();
    }

    @GET
    @Operation(
            summary = "List license keys",
            description =
                    "Newest first, masked. Filters: status (active, suspended, "
                            + "revoked, expired, used_up), planId, reseller, batchId, createdFrom, createdTo (ISO-8601 instants).")
    @APIResponse(
            responseCode = "200",
            description = "A page of keys",
            content = @Content(schema = @Schema(implementation = LicenseResponse.Page.class)))
    public PageResponse<LicenseResponse> list(
            @QueryParam("status") String status,
            @QueryParam("planId") String planId,
            @QueryParam("reseller") String reseller,
            @QueryParam("batchId") String batchId,
            @QueryParam("createdFrom") @Parameter(description = "ISO-8601 instant, inclusive") String createdFrom,
            @QueryParam("createdTo") @Parameter(description = "ISO-8601 instant, exclusive") String createdTo,
            @BeanParam PageParams page) {
        String state = blankToNull(status);
        LicenseFilter filter = new LicenseFilter(
                state == null ? null : state.toLowerCase(java.util.Locale.ROOT),
                blankToNull(planId),
                blankToNull(reseller),
                blankToNull(batchId),
                instant(createdFrom, "createdFrom"),
                instant(createdTo, "createdTo"));
        return PageResponse.of(licenses.search(filter, page.toRequest()), LicenseResponse::of);
    }

    private NewLicenses order(GenerateLicensesRequest body) {
        validator.valid(body);
        return new NewLicenses(
                body.planId(),
                body.durationDays(),
                body.maxActivations(),
                body.count(),
                body.reseller(),
                body.note(),
                body.validFrom(),
                body.activateBefore());
    }

    private String actor() {
        return "operator:" + caller.user().email();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String value, String field) {
        try {
            Instant instant = blankToNull(value) == null ? null : Instant.parse(value.strip());
            if (instant != null && (instant.isBefore(Instant.EPOCH) || instant.isAfter(LATEST))) {
                throw DomainException.invalid(field, "must lie between 1970 and 9999");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
