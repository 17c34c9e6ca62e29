package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.ChatRequest;
import java.util.List;

/**
 * One chat call as the {@code /v1} layer hands it to the {@link Dispatcher}: who calls (tenant, API key,
 * optional user), the request in the providers' common form, and the request id that makes its metering
 * happen exactly once. {@code allowedModels} empty means every model.
 */
public record ChatCall(String requestId, String tenantId, String apiKeyId, String userId,
                       List<String> allowedModels, ChatRequest request) {

    public ChatCall {
        allowedModels = allowedModels == null ? List.of() : List.copyOf(allowedModels);
    }
}
