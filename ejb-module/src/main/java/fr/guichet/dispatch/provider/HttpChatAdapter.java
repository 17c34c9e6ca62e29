package fr.guichet.dispatch.provider;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The conduct every adapter shares, whatever the protocol: build the HTTP request, read a whole answer or a
 * stream of lines, turn error statuses into {@link ProviderException}s, and apply the streaming rule (a
 * failure before the first delta is a {@code ProviderException}, after it a {@link StreamInterruptedException}).
 * Subclasses only say where to send what, and what the answers mean.
 */
abstract class HttpChatAdapter implements ProviderAdapter {

    private static final System.Logger LOG = System.getLogger(HttpChatAdapter.class.getName());

    private final ProviderKind kind;
    private final HttpTransport transport;

    HttpChatAdapter(ProviderKind kind) {
        this.kind = kind;
        this.transport = new HttpTransport(kind);
    }

    /** The path (with query, if any) of the chat call under the base URL. */
    abstract String chatPath(ChatRequest request, boolean stream);

    /** The path of the model list under the base URL. */
    abstract String modelsPath();

    /** Adds the credentials headers, if the endpoint has a key: {@code Authorization: Bearer} unless overridden. */
    void authenticate(ProviderRequest.Builder builder, ProviderEndpoint endpoint) {
        if (endpoint.apiKey() != null) {
            builder.header("Authorization", "Bearer " + endpoint.apiKey());
        }
    }

    /** The messages as {@code [{"role", "content"}, …]}, the shape OpenAI, Anthropic and Ollama share. */
    static JsonArrayBuilder roleContent(Stream<ChatMessage> messages) {
        JsonArrayBuilder array = JsonFields.array();
        messages.forEach(
                m -> array.add(JsonFields.object().add("role", m.role()).add("content", m.content())));
        return array;
    }

    abstract JsonObject requestBody(ChatRequest request, boolean stream);

    abstract ChatResponse parseResponse(JsonObject answer, ChatRequest request);

    abstract StreamDecoder decoder(StreamState state);

    abstract List<String> parseModels(JsonObject answer);

    String streamMediaType() {
        return "text/event-stream";
    }

    @Override
    public final ChatResponse complete(ProviderEndpoint endpoint, ChatRequest request) {
        Objects.requireNonNull(request, "request");
        HttpReply reply = call(endpoint, post(endpoint, request, false));
        return parseResponse(JsonFields.parse(reply.body(), kind, reply.status()), request);
    }

    @Override
    public final ProviderStream open(ProviderEndpoint endpoint, ChatRequest request, StreamListener listener) {
        Objects.requireNonNull(listener, "listener");
        ProviderRequest http = post(endpoint, request, true);
        LineStream lines = transport.openLines(http, endpoint.timeout());
        try {
            if (!lines.isSuccess()) {
                throw ErrorReplies.fromReply(kind, endpoint, lines.status(), lines.headers(), lines.drain());
            }
            StreamState state = new StreamState(kind, endpoint, request, listener);
            return new LinePull(lines, state, decoder(state));
        } catch (RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    /** A stream pulled line by line: the streaming rule applied at each line. */
    private static final class LinePull implements ProviderStream {

        private final LineStream lines;
        private final StreamState state;
        private final StreamDecoder decoder;

        LinePull(LineStream lines, StreamState state, StreamDecoder decoder) {
            this.lines = lines;
            this.state = state;
            this.decoder = decoder;
        }

        @Override
        public boolean advance() {
            if (state.isComplete()) {
                return false;
            }
            try {
                Optional<String> line = lines.next();
                if (line.isEmpty()) {
                    decoder.end();
                    state.endOfBody();
                } else {
                    decoder.line(line.get());
                }
            } catch (ProviderException e) {
                if (state.finishSeen()) {
                    LOG.log(
                            Level.DEBUG,
                            () -> "stream ended with a failure after its finish reason: " + e.getMessage());
                    state.complete();
                    return false;
                }
                LOG.log(Level.DEBUG, () -> "stream failed: " + e.getMessage());
                throw state.failed(e);
            }
            if (state.isComplete()) {
                lines.answered();
                return false;
            }
            return true;
        }

        @Override
        public boolean ready() {
            return !state.isComplete() && lines.ready();
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    @Override
    public final List<String> listModels(ProviderEndpoint endpoint) {
        ProviderRequest.Builder builder =
                ProviderRequest.get(endpoint.resolve(modelsPath())).header("Accept", "application/json");
        authenticate(builder, endpoint);
        HttpReply reply = call(endpoint, builder.build());
        return List.copyOf(parseModels(JsonFields.parse(reply.body(), kind, reply.status())));
    }

    private HttpReply call(ProviderEndpoint endpoint, ProviderRequest http) {
        HttpReply reply = transport.exchange(http, endpoint.timeout());
        if (!reply.isSuccess()) {
            ProviderException failure =
                    ErrorReplies.fromReply(kind, endpoint, reply.status(), reply.headers(), reply.body());
            LOG.log(Level.DEBUG, () -> "call failed: " + failure.getMessage());
            throw failure;
        }
        return reply;
    }

    private ProviderRequest post(ProviderEndpoint endpoint, ChatRequest request, boolean stream) {
        Objects.requireNonNull(endpoint, "endpoint");
        String body = requestBody(request, stream).toString();
        ProviderRequest.Builder builder = ProviderRequest.post(endpoint.resolve(chatPath(request, stream)), body)
                .header("Accept", stream ? streamMediaType() : "application/json");
        authenticate(builder, endpoint);
        return builder.build();
    }
}
