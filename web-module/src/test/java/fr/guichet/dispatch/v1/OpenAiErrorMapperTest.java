package fr.guichet.dispatch.v1;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.common.api.OpenAiError;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpenAiErrorMapperTest {

    private final OpenAiErrorMapper mapper = new OpenAiErrorMapper();

    @BeforeEach
    void setUp() {
        mapper.uri = (UriInfo) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getRequestUri")) {
                        return URI.create("http://localhost/v1/chat/completions");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static OpenAiError.Body body(Response response) {
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        return ((OpenAiError) response.getEntity()).error();
    }

    @Test
    @DisplayName("an unknown or forbidden model is 404 model_not_found, a request error")
    void modelNotFound() {
        Response response = mapper.toResponse(new DomainException(
                ErrorCode.MODEL_NOT_FOUND, "The model 'x' does not exist or you do not have access to it."));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response))
                .isEqualTo(new OpenAiError.Body(
                        "The model 'x' does not exist or you do not have access to it.",
                        "invalid_request_error",
                        null,
                        "model_not_found"));
    }

    @Test
    @DisplayName("a validation failure is 400 with the field as param and its own message")
    void validation() {
        Response response = mapper.toResponse(DomainException.invalid("messages[1].role", "Invalid value: 'robot'."));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response))
                .isEqualTo(new OpenAiError.Body(
                        "Invalid value: 'robot'.", "invalid_request_error", "messages[1].role", null));
    }

    @Test
    @DisplayName("no provider key is 409 no_provider_key; a provider's refusal 400 provider_rejected with its message")
    void providerRefusals() {
        Response noKey = mapper.toResponse(new DomainException(ErrorCode.NO_PROVIDER_KEY, "No API key for OpenAI"));
        assertThat(noKey.getStatus()).isEqualTo(409);
        assertThat(body(noKey).code()).isEqualTo("no_provider_key");
        assertThat(body(noKey).type()).isEqualTo("invalid_request_error");
        Response rejected = mapper.toResponse(
                new DomainException(ErrorCode.PROVIDER_REJECTED, "OpenAI refused the request: Invalid 'max_tokens'"));
        assertThat(rejected.getStatus()).isEqualTo(400);
        assertThat(body(rejected))
                .isEqualTo(new OpenAiError.Body(
                        "OpenAI refused the request: Invalid 'max_tokens'",
                        "invalid_request_error",
                        null,
                        "provider_rejected"));
    }

    @Test
    @DisplayName("every provider down is 503 server_error provider_unavailable with Retry-After, also when wrapped")
    void unavailable() {
        DomainException down = DomainException.retryLater(
                ErrorCode.PROVIDER_UNAVAILABLE, "No provider could answer", Duration.ofSeconds(7));
        Response response = mapper.toResponse(new EJBException(down));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("7");
        assertThat(body(response))
                .isEqualTo(
                        new OpenAiError.Body("No provider could answer", "server_error", null, "provider_unavailable"));
    }

    @Test
    @DisplayName("a body that grew too large while read is 413 request_too_large")
    void tooLarge() {
        Response response = mapper.toResponse(new RequestTooLargeException(4096));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(body(response).code()).isEqualTo("request_too_large");
        assertThat(body(response).type()).isEqualTo("invalid_request_error");
        assertThat(body(response).message()).contains("4096");
    }

    @Test
    @DisplayName("an unexpected error is 500 server_error with an id and nothing of the exception")
    void unexpected() {
        Response response = mapper.toResponse(new IllegalStateException("secret internal detail"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body(response).type()).isEqualTo("server_error");
        assertThat(body(response).message()).contains("error id").doesNotContain("secret");
    }
}
