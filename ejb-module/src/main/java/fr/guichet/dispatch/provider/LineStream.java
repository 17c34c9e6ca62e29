package fr.guichet.dispatch.provider;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read line by line (SSE or NDJSON), with a bound on every wait.
 *
 * <p>The JDK client pushes the status, each line, and the end or the failure of the body into a queue; the
 * caller's thread takes them with {@link #next()}, waiting at most the timeout each time. A silent provider
 * therefore never blocks the caller: the wait ends with a {@code TIMEOUT} and {@link #close()} cancels the
 * exchange. Lines are decoded as UTF-8 and split like {@code BufferedReader.readLine()}.
 */
final class LineStream implements AutoCloseable {

    private static final int MAX_DRAINED_CHARS = 64 * 1024;

    private sealed interface Signal permits Head, Line, End, Failed {
    }

    private record Head(int status, HttpHeaders headers) implements Signal {
    }

    private record Line(String text) implements Signal {
    }

    private record End() implements Signal {
    }

    private record Failed(Throwable error) implements Signal {
    }

    private final HttpTransport transport;
    private final Duration timeout;
    private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private CompletableFuture<HttpResponse<Void>> exchange;
    private Head head;
    private boolean ended;

    private LineStream(HttpTransport transport, Duration timeout) {
        this.transport = transport;
        this.timeout = timeout;
    }

    static LineStream open(HttpTransport transport, HttpClient client, HttpRequest request, Duration timeout) {
        LineStream stream = new LineStream(transport, timeout);
        stream.exchange = client.sendAsync(request, stream::subscriber);
        stream.exchange.whenComplete((response, error) -> {
            if (error != null) {
                stream.signals.add(new Failed(error));
            }
        });
        try {
            Signal first = stream.take();
            if (first instanceof Head received) {
                stream.head = received;
                return stream;
            }
            throw transport.failure(first instanceof Failed failed ? failed.error()
                    : new IOException("the body ended before the status line"));
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    int status() {
        return head.status();
    }

    HttpHeaders headers() {
        return head.headers();
    }

    boolean isSuccess() {
        return head.status() >= 200 && head.status() < 300;
    }

    /** The next line, or empty at the end of the body; throws {@code TIMEOUT} or {@code CONNECTION}. */
    Optional<String> next() {
        if (ended) {
            return Optional.empty();
        }
        Signal signal = take();
        if (signal instanceof Line line) {
            return Optional.of(line.text());
        }
        if (signal instanceof Failed failed) {
            ended = true;
            throw transport.failure(failed.error());
        }
        ended = true;
        return Optional.empty();
    }

    /** The rest of the body as text (lines joined by newlines), for an error answer; best effort, bounded. */
    String drain() {
        StringBuilder text = new StringBuilder();
        try {
            for (Optional<String> line = next(); line.isPresent() && text.length() < MAX_DRAINED_CHARS;
                    line = next()) {
                text.append(line.get()).append('\n');
            }
        } catch (ProviderException e) {
            // keep what arrived: the status alone still classifies the failure
        }
        return text.toString();
    }

    @Override
    public void close() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        if (exchange != null) {
            exchange.cancel(true);
        }
    }

    private Signal take() {
        try {
            Signal signal = signals.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (signal == null) {
                throw transport.timeout(timeout, null);
            }
            return signal;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw transport.failure(e);
        }
    }

    private BodySubscriber<Void> subscriber(ResponseInfo info) {
        signals.add(new Head(info.statusCode(), info.headers()));
        return BodySubscribers.fromLineSubscriber(new Flow.Subscriber<String>() {
            @Override
            public void onSubscribe(Flow.Subscription granted) {
                subscription = granted;
                granted.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String line) {
                signals.add(new Line(line));
            }

            @Override
            public void onError(Throwable error) {
                signals.add(new Failed(error));
            }

            @Override
            public void onComplete() {
                signals.add(new End());
            }
        });
    }
}
