package fr.guichet.app;

import fr.guichet.dispatch.v1.ApiKeyAuthFilter;
import fr.guichet.dispatch.v1.ChatCompletionsResource;
import fr.guichet.dispatch.v1.ModelsResource;
import fr.guichet.dispatch.v1.OpenAiErrorMapper;
import fr.guichet.dispatch.v1.RateLimitHeaders;
import fr.guichet.dispatch.v1.RequestIds;
import fr.guichet.dispatch.v1.RequestSizeLimit;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The OpenAI-compatible API under {@code /v1}. Its errors use OpenAI's shape, not problem details. Every
 * resource is authenticated by a client API key ({@link ApiKeyAuthFilter}); unknown paths answer 404 in that shape.
 */
@ApplicationPath("/v1")
public class OpenAiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                OpenAiErrorMapper.class,
                ApiKeyAuthFilter.class,
                ModelsResource.class,
                ChatCompletionsResource.class,
                RequestSizeLimit.class,
                RequestIds.class,
                RateLimitHeaders.class);
    }
}
