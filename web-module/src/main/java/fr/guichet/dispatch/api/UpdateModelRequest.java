package fr.guichet.dispatch.api;

import fr.guichet.dispatch.service.ModelChanges;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a catalogue model; absent fields stay as they are. Prices change with PUT …/price. */
@Schema(name = "UpdateModelRequest")
public record UpdateModelRequest(@Size(min = 1, max = 120) String displayName, Boolean enabled) {

    ModelChanges toChanges() {
        return new ModelChanges(displayName, enabled);
    }
}
