package fr.guichet.access.api;

import fr.guichet.access.service.ChainProviders;
import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.Actor;
import fr.guichet.common.api.security.OperatorOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operators' API on plans: list, read, create, change, and set a plan's provider chain. */
@Path("admin/plans")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: plans")
@SecurityRequirement(name = "operatorBasic")
public class AdminPlanResource {

    @Inject
    Actor actor;

    @Inject
    PlanService plans;

    @Inject
    ChainProviders providers;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List plans", description = "From the cheapest, with limits and provider chains.")
    @APIResponse(
            responseCode = "200",
            description = "A page of plans",
            content = @Content(schema = @Schema(implementation = PlanPage.class)))
    @APIResponse(responseCode = "400", description = "Bad paging")
    public PageResponse<PlanResponse> list(
            @QueryParam("q") @Parameter(description = "A text in the code or name") String text,
            @BeanParam PageParams page) {
        return PageResponse.of(plans.search(text, page.toRequest()), this::response);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a plan", description = "With its limits and provider chain.")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanResponse get(@PathParam("id") String id) {
        return response(plans.get(id));
    }

    @POST
    @Operation(
            summary = "Create a plan",
            description =
                    "Code (unique, lower-case), name, monthly price in EUR "
                            + "excluding VAT, optional trial, limits and caps. Set its chain with PUT /api/admin/plans/{id}/providers.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input (negative amount, more than 2 decimals, limit below 1, malformed code)")
    @APIResponse(responseCode = "409", description = "Code already in use")
    public Response create(CreatePlanRequest request) {
        PlanView created = plans.create(validator.valid(request).toNewPlan(), actor.actorName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(response(created))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            summary = "Change a plan",
            description =
                    "Any of name, price, trial, limits, caps, enabled; "
                            + "'unset' clears optional ones. Changes apply at once to the plan's tenants. The code never changes.")
    @APIResponse(
            responseCode = "200",
            description = "The changed plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Changed meanwhile")
    public PlanResponse update(@PathParam("id") String id, UpdatePlanRequest request) {
        return response(plans.update(id, validator.valid(request).toChanges(), actor.actorName()));
    }

    @PUT
    @Path("{id}/providers")
    @Operation(
            summary = "Set a plan's provider chain",
            description = "The whole chain, in order: the first "
                    + "enabled provider serving the requested model answers, the next ones are fallbacks. A disabled "
                    + "provider stays in the chain and is skipped while disabled.")
    @APIResponse(
            responseCode = "200",
            description = "The plan with its new chain",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty, longer than 10, blank or duplicate ids")
    @APIResponse(responseCode = "404", description = "No such plan, or no such provider (the detail names the index)")
    public PlanResponse setProviders(@PathParam("id") String id, SetPlanProvidersRequest request) {
        return response(plans.setProviders(id, validator.valid(request).providerIds(), actor.actorName()));
    }

    private PlanResponse response(PlanView plan) {
        return PlanResponse.of(plan, providers::find);
    }

    /** For the OpenAPI document only: a page of plans. */
    @Schema(name = "PlanPage")
    record PlanPage(List<PlanResponse> items, int page, int size, long total, long totalPages) {}
}
