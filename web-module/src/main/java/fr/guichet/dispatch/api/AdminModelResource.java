package fr.guichet.dispatch.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.Actor;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.domain.DomainException;
import fr.guichet.dispatch.service.ModelCatalog;
import fr.guichet.dispatch.service.ModelView;
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
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operators' model catalogue: models per provider and their prices in EUR per million tokens. A price change
 * adds a price taking effect now or later; past prices are kept and never change.
 */
@Path("admin/models")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: models")
@SecurityRequirement(name = "operatorBasic")
public class AdminModelResource {

    @Inject
    Actor actor;

    @Inject
    ModelCatalog catalog;

    @Inject
    RequestValidator validator;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List models", description = "By provider and name, with the price in force now.")
    @APIResponse(
            responseCode = "200",
            description = "A page of models",
            content = @Content(schema = @Schema(implementation = ModelPage.class)))
    @APIResponse(responseCode = "400", description = "Bad paging")
    public PageResponse<ModelResponse> list(
            @QueryParam("providerId") @Parameter(description = "Only this provider's models") String providerId,
            @BeanParam PageParams page) {
        return PageResponse.of(catalog.search(providerId, page.toRequest()), ModelResponse::of);
    }

    @POST
    @Operation(summary = "Add a model with its first price")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input (unknown provider, bad model name, negative "
                    + "price, more than 6 decimals, price in the past)")
    @APIResponse(responseCode = "409", description = "The provider already has this model")
    public Response add(CreateModelRequest request) {
        ModelView added = catalog.add(validator.valid(request).toNewModel(), actor.actorName());
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build())
                .entity(ModelResponse.of(added))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a model", description = "With the price in force now.")
    @APIResponse(
            responseCode = "200",
            description = "The model",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @APIResponse(responseCode = "404", description = "No such model")
    public ModelResponse get(@PathParam("id") String id) {
        return ModelResponse.of(catalog.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a model", description = "Display name, enabled.")
    @APIResponse(
            responseCode = "200",
            description = "The changed model",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such model")
    public ModelResponse update(@PathParam("id") String id, UpdateModelRequest request) {
        return ModelResponse.of(catalog.update(id, validator.valid(request).toChanges(), actor.actorName()));
    }

    @PUT
    @Path("{id}/price")
    @Operation(
            summary = "Change a model's price",
            description = "Adds a price taking effect at effectiveFrom "
                    + "(now by default; never in the past). Earlier prices stay in the history.")
    @APIResponse(
            responseCode = "200",
            description = "The new price",
            content = @Content(schema = @Schema(implementation = PriceResponse.class)))
    @APIResponse(responseCode = "400", description = "Negative price, more than 6 decimals, or in the past")
    @APIResponse(responseCode = "404", description = "No such model")
    @APIResponse(responseCode = "409", description = "A price already takes effect at that instant")
    public PriceResponse changePrice(@PathParam("id") String id, SetPriceRequest request) {
        return PriceResponse.of(catalog.changePrice(id, validator.valid(request).toNewPrice(), actor.actorName()));
    }

    @GET
    @Path("{id}/prices")
    @Operation(
            summary = "Read a model's price history",
            description = "Every price, latest first, and the one "
                    + "in force at the given instant (now by default): the price that costs a call made then.")
    @APIResponse(
            responseCode = "200",
            description = "The history",
            content = @Content(schema = @Schema(implementation = PriceHistoryResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed instant")
    @APIResponse(responseCode = "404", description = "No such model")
    public PriceHistoryResponse prices(
            @PathParam("id") String id,
            @QueryParam("at") @Parameter(description = "An ISO-8601 instant", example = "2026-03-01T00:00:00Z")
                    String at) {
        Instant instant = parseInstant(at);
        ModelView model = catalog.get(id);
        return new PriceHistoryResponse(
                model.id(),
                model.providerId(),
                model.model(),
                instant,
                catalog.priceAt(model.providerId(), model.model(), instant)
                        .map(PriceResponse::of)
                        .orElse(null),
                catalog.history(id).stream().map(PriceResponse::of).toList());
    }

    private Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeException e) {
            throw DomainException.invalid("at", "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }

    /** For the OpenAPI document only: a page of models. */
    @Schema(name = "ModelPage")
    record ModelPage(List<ModelResponse> items, int page, int size, long total, long totalPages) {}
}
