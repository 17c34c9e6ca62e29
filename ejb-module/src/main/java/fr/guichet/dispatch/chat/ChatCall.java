package fr.guichet.dispatch.chat;

import fr.guichet.access.service.KeyPrincipal;
import fr.guichet.dispatch.provider.ChatRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chat call as the {@code /v1} layer hands it to the {@link ChatPath}: its request id (which makes its metering
 * happen exactly once), who calls (the authenticated API key, from the address it called from) and the request in
 * the providers' common form.
 */
public record ChatCall(String requestId, KeyPrincipal caller, String address, ChatRequest request) {

    public ChatCall {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(request, "request");
    }

    public String tenantId() {
        return caller.tenantId();
    }

    /** The tenant's time zone: its quota periods are its calendar months. */
    public ZoneId zone() {
        return caller.tenant().zone();
    }

    public String apiKeyId() {
        return caller.keyId();
    }

    /** The user who created the key (their personal provider keys apply), if any. */
    public Optional<String> userId() {
        return Optional.ofNullable(caller.userId());
    }

    /** The models the key may call; empty means every model. */
    public List<String> allowedModels() {
        return caller.allowedModels();
    }

    /** The model the client asked for. */
    public String model() {
        return request.model();
    }
}
