package fr.guichet.openai;

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
