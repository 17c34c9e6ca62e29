package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.provider.ChatRequest;
import fr.guichet.limits.domain.Reservation;
import java.time.ZoneId;
import java.util.List;

/**
 * One chat call as the {@code /v1} layer hands it to the {@link Dispatcher}: who calls (tenant, its time zone,
 * API key, optional user), the request in the providers' common form, and the request id that makes its
 * metering happen exactly once. {@code allowedModels} empty means every model. {@code reservation} is what the
 * call took from the monthly quotas (set by the dispatcher once the route is known; null before).
 */
public record ChatCall(
        String requestId,
        String tenantId,
        ZoneId zone,
        String apiKeyId,
        String userId,
        List<String> allowedModels,
        ChatRequest request,
        Reservation reservation) {

    public ChatCall {
        allowedModels = allowedModels == null ? List.of() : List.copyOf(allowedModels);
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    public ChatCall(
            String requestId,
            String tenantId,
            ZoneId zone,
            String apiKeyId,
            String userId,
            List<String> allowedModels,
            ChatRequest request) {
        this(requestId, tenantId, zone, apiKeyId, userId, allowedModels, request, null);
    }

    ChatCall reserved(Reservation taken) {
        return new ChatCall(requestId, tenantId, zone, apiKeyId, userId, allowedModels, request, taken);
    }
}
