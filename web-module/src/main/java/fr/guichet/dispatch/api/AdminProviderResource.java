package fr.guichet.dispatch.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.Actor;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.domain.Page;
import fr.guichet.dispatch.service.ProviderKeyService;
import fr.guichet.dispatch.service.ProviderKeyView;
import fr.guichet.dispatch.service.ProviderService;
import fr.guichet.dispatch.service.ProviderView;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operators' API on providers: register, list, read, change, and re-encrypt every key after a rotation. */
@Path("admin/providers")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: providers")
@SecurityRequirement(name = "operatorBasic")
public class AdminProviderResource {

    @Inject
    Actor actor;

    @Inject
    ProviderService providers;

    @Inject
    ProviderKeyService keys;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uri;

    @POST
    @Operation(
            summary = "Register a provider",
            description = "Kind, name (unique, ignoring case), base URL, "
                    + "default models, enabled. Set its global key with PUT /api/admin/providers/{id}/key.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = ProviderResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (unknown kind, malformed URL, bad model name)")
    @APIResponse(responseCode = "409", description = "Name already in use")
    public Response register(CreateProviderRequest request) {
        ProviderView created = providers.register(validator.valid(request).toNewProvider(), actor.actorName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(ProviderResponse.of(created, null))
                .build();
    }

    @GET
    @Operation(summary = "List providers", description = "By name, with each global key masked.")
    @APIResponse(
            responseCode = "200",
            description = "A page of providers",
            content = @Content(schema = @Schema(implementation = ProviderPage.class)))
    @APIResponse(responseCode = "400", description = "Bad paging")
    public PageResponse<ProviderResponse> list(@BeanParam PageParams page) {
        Page<ProviderView> found = providers.list(page.toRequest());
        Map<String, ProviderKeyView> globalKeys =
                keys.globalKeys(found.items().stream().map(ProviderView::id).toList());
        return PageResponse.of(found, p -> ProviderResponse.of(p, globalKeys.get(p.id())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a provider", description = "With its global key masked, when one is set.")
    @APIResponse(
            responseCode = "200",
            description = "The provider",
            content = @Content(schema = @Schema(implementation = ProviderResponse.class)))
    @APIResponse(responseCode = "404", description = "No such provider")
    public ProviderResponse get(@PathParam("id") String id) {
        return ProviderResponse.of(providers.get(id), keys.globalKey(id).orElse(null));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            summary = "Change a provider",
            description = "Name, base URL, default models (the whole list), " + "enabled. The kind never changes.")
    @APIResponse(
            responseCode = "200",
            description = "The changed provider",
            content = @Content(schema = @Schema(implementation = ProviderResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such provider")
    @APIResponse(responseCode = "409", description = "Name already in use, or changed meanwhile")
    public ProviderResponse update(@PathParam("id") String id, UpdateProviderRequest request) {
        ProviderView changed = providers.update(id, validator.valid(request).toChanges(), actor.actorName());
        return ProviderResponse.of(changed, keys.globalKey(id).orElse(null));
    }

    @POST
    @Path("keys/re-encrypt")
    @Operation(
            summary = "Re-encrypt every provider key under the current master key",
            description = "After a master key rotation: every global, tenant and personal key still encrypted "
                    + "under a retired master key is re-encrypted under the current one. Keys are also "
                    + "re-encrypted one by one whenever they are written again.")
    @APIResponse(
            responseCode = "200",
            description = "How many keys were re-encrypted",
            content = @Content(schema = @Schema(implementation = ReEncryptResponse.class)))
    public ReEncryptResponse reEncrypt() {
        return ReEncryptResponse.of(keys.resealStale());
    }

    /** For the OpenAPI document only: a page of providers. */
    @Schema(name = "ProviderPage")
    record ProviderPage(List<ProviderResponse> items, int page, int size, long total, long totalPages) {}
}
