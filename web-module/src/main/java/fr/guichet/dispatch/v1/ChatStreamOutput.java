package fr.guichet.dispatch.v1;

import fr.guichet.dispatch.chat.ChatStream;
import fr.guichet.dispatch.chat.StreamEvent;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Writes a started {@link ChatStream} as OpenAI's server-sent events: {@code data: {chunk}} and a blank line per
 * event, {@code data: [DONE]} after a complete answer. Each event is flushed to the client unless the provider's
 * next one has already arrived ({@link ChatStream#ready()}), so that no fragment waits and a burst costs one write.
 *
 * <p>When the provider fails mid-answer the last event is OpenAI's error object (code
 * {@code stream_interrupted}) and no {@code [DONE]} follows: {@code [DONE]} tells a client the answer is
 * complete, which it is not, and OpenAI's SDKs raise an error on an {@code error} event anyway. The stream is
 * always closed, also when the client goes away (a write fails): the dispatcher then meters what was delivered.
 */
final class ChatStreamOutput implements StreamingOutput {

    private static final System.Logger LOG = System.getLogger(ChatStreamOutput.class.getName());
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

    private final ChatStream stream;
    private final ChatChunkWriter chunks;
    private final boolean includeUsage;

    ChatStreamOutput(ChatStream stream, ChatChunkWriter chunks, boolean includeUsage) {
        this.stream = stream;
        this.chunks = chunks;
        this.includeUsage = includeUsage;
    }

    @Override
    public void write(OutputStream out) {
        try (stream) {
            out.write(event(chunks.first()));
            flushUnlessMoreArrived(out);
            relay(out);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "Client went away during stream " + chunks.id() + ": " + e);
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.ERROR, "Unexpected error " + errorId + " in stream " + chunks.id(), e);
            trySend(out, ChatChunkWriter.error("The server had an error while streaming (error id " + errorId + ")"));
        }
    }

    private void relay(OutputStream out) throws IOException {
        for (StreamEvent event = stream.next(); event != null; event = stream.next()) {
            if (event instanceof StreamEvent.Delta delta) {
                out.write(event(chunks.delta(delta.text())));
                flushUnlessMoreArrived(out);
            } else if (event instanceof StreamEvent.Completed completed) {
                out.write(event(chunks.finish(completed.finishReason())));
                if (includeUsage) {
                    out.write(event(chunks.usage(completed.usage())));
                }
                out.write(DONE);
                out.flush();
                return;
            } else if (event instanceof StreamEvent.Failed failed) {
                send(out, ChatChunkWriter.error(failed.message()));
                return;
            }
        }
        send(out, ChatChunkWriter.error("The provider's stream ended without a final event."));
    }

    /**
     * Sends what was written unless the provider's next fragment is already here: a burst of fragments leaves in
     * one write, a lone fragment at once.
     */
    private void flushUnlessMoreArrived(OutputStream out) throws IOException {
        if (!stream.ready()) {
            out.flush();
        }
    }

    static byte[] event(String data) {
        return ("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(OutputStream out, String data) throws IOException {
        out.write(event(data));
        out.flush();
    }

    private static void trySend(OutputStream out, String data) {
        try {
            send(out, data);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Could not write the error event: " + e);
        }
    }
}
