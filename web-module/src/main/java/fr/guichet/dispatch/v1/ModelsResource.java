package fr.guichet.dispatch.v1;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.chat.ChatPath;
import fr.guichet.dispatch.chat.ModelEntry;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /v1/models} and {@code GET /v1/models/{id}} in OpenAI's shape: the enabled catalogue models the
 * calling key may use, each owned by its provider. A model the key may not use is absent, exactly as an
 * unknown one (404 {@code model_not_found}), so nothing leaks.
 */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    @Inject
    KeyCaller caller;

    @Inject
    ChatPath chat;

    @Context
    HttpServletRequest http;

    /** OpenAI's list of models. */
    public record ModelList(String object, List<Model> data) {}

    /** One model, as OpenAI describes it. */
    public record Model(
            String id,
            String object,
            long created,
            @JsonbProperty("owned_by") String ownedBy) {

        static Model of(ModelEntry entry) {
            return new Model(entry.id(), "model", entry.created().getEpochSecond(), entry.ownedBy());
        }
    }

    @GET
    @Operation(hidden = true) // OpenAI's protocol, not part of the /api document
    public ModelList list() {
        return new ModelList("list", models().stream().map(Model::of).toList());
    }

    @GET
    @Path("{id: .+}")
    @Operation(hidden = true)
    public Model get(@PathParam("id") String id) {
        return models().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .map(Model::of)
                .orElseThrow(() -> new DomainException(
                        ErrorCode.MODEL_NOT_FOUND,
                        "The model '" + id + "' does not exist or you do not have access to it."));
    }

    private List<ModelEntry> models() {
        ChatPath.Models admitted = chat.models(caller.principal(), http.getRemoteAddr());
        http.setAttribute(RateLimitHeaders.PROPERTY, admitted.rate());
        return admitted.models();
    }
}
