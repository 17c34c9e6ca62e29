package fr.guichet.access.api;

import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.security.PortalSession;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.tenancy.api.security.CurrentCaller;
import fr.guichet.tenancy.service.TenantService;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The plans a client may choose (the operator's enabled plans), with their monthly fee and limits, and which one is
 * the client's: what the portal shows before a change of plan (whose exact prorated amounts come from
 * {@code /api/portal/subscription/preview}).
 */
@Path("portal/plans")
@PortalSession
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal: billing")
@SecurityRequirement(name = "portalSession")
public class PortalPlanResource {

    @Inject
    PlanService plans;

    @Inject
    TenantService tenants;

    @Inject
    CurrentCaller caller;

    /** A plan as a client sees it. */
    @Schema(name = "OfferedPlan")
    public record PlanResponse(
            String id,
            @Schema(example = "Business") String name,

            @Schema(description = "Monthly fee, EUR excluding VAT", example = "299.00")
            BigDecimal monthlyPriceEur,

            @Schema(description = "Requests per month; absent: no limit")
            Long requestsPerMonth,

            @Schema(description = "Tokens per month; absent: no limit")
            Long tokensPerMonth,

            @Schema(description = "Spend per month, EUR; absent: no cap")
            BigDecimal spendCapEur,

            int requestsPerMinute,

            @Schema(description = "Whether it is the client's plan now")
            boolean current) {

        static PlanResponse of(PlanView p, String currentPlanId) {
            return new PlanResponse(
                    p.id(),
                    p.name(),
                    p.monthlyPriceEur(),
                    p.requestsPerMonth(),
                    p.tokensPerMonth(),
                    p.spendCapEur(),
                    p.requestsPerMinute(),
                    Objects.equals(p.id(), currentPlanId));
        }

        /** A page of plans (for the OpenAPI document). */
        @Schema(name = "OfferedPlanPage")
        record Page(List<PlanResponse> items, int page, int size, long total, long totalPages) {}
    }

    @GET
    @Operation(summary = "The plans the client may choose", description = "From the cheapest; the client's own marked.")
    @APIResponse(
            responseCode = "200",
            description = "A page of plans",
            content = @Content(schema = @Schema(implementation = PlanResponse.Page.class)))
    public PageResponse<PlanResponse> list(@BeanParam PageParams page) {
        String current = tenants.get(caller.tenantId()).planId();
        return PageResponse.of(plans.offered(page.toRequest()), p -> PlanResponse.of(p, current));
    }

    @GET
    @Path("current")
    @Operation(summary = "The client's plan", description = "Whether or not it has a subscription.")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "The client has no plan")
    public PlanResponse current() {
        String current = tenants.get(caller.tenantId()).planId();
        return plans.find(current)
                .map(p -> PlanResponse.of(p, current))
                .orElseThrow(() -> new DomainException(ErrorCode.PLAN_NOT_FOUND, "The client has no plan"));
    }
}
