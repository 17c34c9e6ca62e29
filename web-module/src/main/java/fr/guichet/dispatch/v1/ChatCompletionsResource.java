package fr.guichet.dispatch.v1;

import fr.guichet.dispatch.chat.ChatCall;
import fr.guichet.dispatch.chat.ChatPath;
import fr.guichet.dispatch.chat.ChatResult;
import fr.guichet.dispatch.chat.ChatStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /v1/chat/completions}: OpenAI's chat completion, answered by the provider chain through the
 * {@link ChatPath}, as one JSON answer or as server-sent events. Every answer names who answered in headers
 * ({@code x-guichet-provider}, {@code x-guichet-model}, {@code x-guichet-fallback}) and carries the request id
 * ({@code x-request-id}, also the answer's {@code id} and the usage event's request id).
 *
 * <p>A stream is started before the answer is: the dispatcher returns only once the first fragment arrived,
 * so every failure before the first byte (unknown model, no key, every provider down) is still an ordinary
 * JSON error answer with its status, and the headers can name the provider.
 *
 * <p>One instance serves every call (the caller is request-scoped behind {@link KeyCaller}'s proxy): a resource
 * created per request costs a CDI creation and an injection pass on every chat call.
 */
@Path("chat/completions")
@ApplicationScoped
public class ChatCompletionsResource {

    static final String PROVIDER = "x-guichet-provider";
    static final String MODEL = "x-guichet-model";
    static final String FALLBACK = "x-guichet-fallback";
    static final MediaType EVENT_STREAM = MediaType.valueOf("text/event-stream; charset=utf-8");

    @Inject
    ChatPath chat;

    @Inject
    KeyCaller caller;

    @Inject
    Clock clock;

    @POST
    @Operation(hidden = true) // OpenAI's protocol, not part of the /api document
    public Response create(@Context HttpServletRequest http, InputStream body) throws IOException {
        String requestId = RequestIds.completionId();
        http.setAttribute(RequestIds.PROPERTY, requestId);
        ChatCompletionRequest order = ChatRequestReader.read(body.readAllBytes());
        ChatCall call = new ChatCall(requestId, caller.principal(), http.getRemoteAddr(), order.request());
        long created = clock.instant().getEpochSecond();
        if (order.stream()) {
            return stream(http, call, created, order.includeUsage());
        }
        ChatResult result = chat.complete(call);
        http.setAttribute(RateLimitHeaders.PROPERTY, result.rate());
        return origin(
                        Response.ok(
                                ChatCompletionWriter.completion(requestId, created, result)
                                        .toString(),
                                MediaType.APPLICATION_JSON_TYPE),
                        result.providerName(),
                        result.model(),
                        result.fallbackUsed())
                .build();
    }

    private Response stream(HttpServletRequest http, ChatCall call, long created, boolean includeUsage) {
        ChatStream stream = chat.stream(call);
        http.setAttribute(RateLimitHeaders.PROPERTY, stream.rate());
        try {
            ChatChunkWriter chunks = new ChatChunkWriter(call.requestId(), created, stream.model());
            return origin(
                            Response.ok(new ChatStreamOutput(stream, chunks, includeUsage), EVENT_STREAM)
                                    .header("Cache-Control", "no-cache"),
                            stream.providerName(),
                            stream.model(),
                            stream.fallbackUsed())
                    .build();
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /** Who answered; {@code x-request-id} is added by {@link RequestIds} from the request property. */
    private static Response.ResponseBuilder origin(
            Response.ResponseBuilder answer, String provider, String model, boolean fallback) {
        return answer.header(PROVIDER, provider).header(MODEL, model).header(FALLBACK, fallback);
    }
}
