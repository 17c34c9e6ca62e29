package fr.guichet.dispatch.provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * A response body read line by line (SSE or NDJSON) on the caller's thread, with a bound on every wait: the
 * socket's timeout, so a silent provider ends the wait with a {@code TIMEOUT}. Lines are decoded as UTF-8 and
 * split like {@code BufferedReader.readLine()} ({@link LineReader}). {@link #close()} gives the connection back to
 * the pool when the body was read to its end (a normal end of stream), and closes it otherwise (the client went
 * away, a failure).
 */
final class LineStream implements AutoCloseable {

    private static final int MAX_DRAINED_CHARS = 64 * 1024;

    private final HttpTransport transport;
    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;
    private final Duration timeout;
    private LineReader reader;
    private boolean ended;
    private boolean failed;
    private boolean answered;

    LineStream(HttpTransport transport, HttpUriRequestBase request, ClassicHttpResponse response, Duration timeout) {
        this.transport = transport;
        this.request = request;
        this.response = response;
        this.timeout = timeout;
    }

    int status() {
        return response.getCode();
    }

    /** The answer's headers (read for an error answer only). */
    HttpHeaders headers() {
        return HttpTransport.headers(response);
    }

    boolean isSuccess() {
        return status() >= 200 && status() < 300;
    }

    /** The next line, or empty at the end of the body; throws {@code TIMEOUT} or {@code CONNECTION}. */
    Optional<String> next() {
        if (ended) {
            return Optional.empty();
        }
        try {
            String line = reader().readLine();
            if (line == null) {
                ended = true;
                return Optional.empty();
            }
            return Optional.of(line);
        } catch (IOException | RuntimeException e) {
            ended = true;
            failed = true;
            throw transport.failure(e, timeout);
        }
    }

    /** True when the next line (or the end of the body) has already arrived: reading it will not wait. */
    boolean ready() {
        return !ended && reader != null && reader.lineReady();
    }

    /** The rest of the body as text (lines joined by newlines), for an error answer; best effort, bounded. */
    String drain() {
        StringBuilder text = new StringBuilder();
        try {
            for (Optional<String> line = next(); line.isPresent() && text.length() < MAX_DRAINED_CHARS; line = next()) {
                text.append(line.get()).append('\n');
            }
        } catch (ProviderException e) {
            // keep what arrived: the status alone still classifies the failure
        }
        return text.toString();
    }

    /** The protocol says the answer is complete: what follows is only the end of the body. */
    void answered() {
        answered = true;
    }

    /**
     * Ends the exchange. After a complete answer the few bytes left (a stream's last empty chunk; providers end
     * the body right after their last event) are read so that the connection serves another call; otherwise —
     * the client went away, a failure — the connection is closed, which also stops the provider.
     */
    @Override
    public void close() {
        try {
            if (!failed && (ended || answered) && isSuccess()) {
                EntityUtils.consume(response.getEntity());
            } else {
                request.cancel(); // closes the connection at once (closing the response would read the body out)
            }
        } catch (IOException | RuntimeException e) {
            request.cancel();
        } finally {
            try {
                response.close();
            } catch (IOException | RuntimeException e) {
                // nothing else to release
            }
        }
    }

    private LineReader reader() throws IOException {
        if (reader == null) {
            HttpEntity entity = response.getEntity();
            reader = new LineReader(entity == null ? InputStream.nullInputStream() : entity.getContent());
        }
        return reader;
    }
}
