package fr.guichet.openai;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /v1/models} in OpenAI's shape. A placeholder until the model catalogue lands with the dispatch
 * feature: it lists nothing yet, but it is authenticated like every {@code /v1} call, and the list will be
 * filtered by the key's allowed models ({@link KeyCaller#permits}).
 */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    @Inject
    KeyCaller caller;

    /** OpenAI's list of models. */
    public record ModelList(String object, List<Model> data) {
    }

    /** One model, as OpenAI describes it. */
    public record Model(String id, String object, long created, @JsonbProperty("owned_by") String ownedBy) {
    }

    @GET
    @Operation(hidden = true) // OpenAI's protocol, not part of the /api document
    public ModelList list() {
        List<Model> catalogue = List.of();
        return new ModelList("list", catalogue.stream().filter(m -> caller.permits(m.id())).toList());
    }
}
