package fr.guichet.dispatch.v1;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.dispatch.chat.ChatStream;
import fr.guichet.dispatch.chat.StreamEvent;
import fr.guichet.dispatch.provider.Usage;
import fr.guichet.limits.domain.RateStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChatStreamOutputTest {

    /** A stream that yields the given events, then null, and records whether it was closed. */
    static class ScriptedStream implements ChatStream {
        private final Deque<StreamEvent> events;
        boolean closed;

        ScriptedStream(StreamEvent... events) {
            this.events = new ArrayDeque<>(Arrays.asList(events));
        }

        @Override
        public String providerId() {
            return "p-1";
        }

        @Override
        public String providerName() {
            return "Ollama";
        }

        @Override
        public RateStatus rate() {
            return new RateStatus(true, 60, 59, 1_000_000_000L, 0);
        }

        @Override
        public String model() {
            return "llama3";
        }

        @Override
        public boolean fallbackUsed() {
            return true;
        }

        @Override
        public StreamEvent next() {
            return events.poll();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Records, at each flush, how many bytes had been written: what reached the client, write by write. */
    static final class FlushLog extends ByteArrayOutputStream {
        final List<Integer> flushedAt = new ArrayList<>();

        @Override
        public void flush() {
            flushedAt.add(size());
        }
    }

    private static final ChatChunkWriter CHUNKS = new ChatChunkWriter("chatcmpl-1", 100L, "llama3");

    private static List<String> events(ChatStream stream, boolean includeUsage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChatStreamOutput(stream, CHUNKS, includeUsage).write(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n\n");
        return Arrays.stream(text.split("\n\n")).toList();
    }

    @Test
    @DisplayName("a complete stream: role chunk, one chunk per delta, finish, usage when asked, then [DONE]")
    void complete() {
        ScriptedStream stream = new ScriptedStream(
                new StreamEvent.Delta("Bon"),
                new StreamEvent.Delta("jour"),
                new StreamEvent.Completed("stop", Usage.reported(7, 2)));
        assertThat(events(stream, true))
                .containsExactly(
                        "data: " + CHUNKS.first(),
                        "data: " + CHUNKS.delta("Bon"),
                        "data: " + CHUNKS.delta("jour"),
                        "data: " + CHUNKS.finish("stop"),
                        "data: " + CHUNKS.usage(Usage.reported(7, 2)),
                        "data: [DONE]");
        assertThat(stream.closed).isTrue();
    }

    @Test
    @DisplayName("a fragment alone is flushed at once; fragments that arrived together leave in one write")
    void flushes() {
        // ready() answers, after each write, whether the next event has already arrived: "b" and "c" came with "a"
        Deque<Boolean> arrived = new ArrayDeque<>(List.of(false, true, true, false, false));
        ScriptedStream stream =
                new ScriptedStream(
                        new StreamEvent.Delta("a"),
                        new StreamEvent.Delta("b"),
                        new StreamEvent.Delta("c"),
                        new StreamEvent.Delta("d"),
                        new StreamEvent.Completed("stop", Usage.reported(1, 4))) {
                    @Override
                    public boolean ready() {
                        return Boolean.TRUE.equals(arrived.poll());
                    }
                };
        FlushLog out = new FlushLog();
        new ChatStreamOutput(stream, CHUNKS, false).write(out);
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> writes = new ArrayList<>();
        int from = 0;
        for (int at : out.flushedAt) {
            if (at > from) {
                writes.add(text.substring(from, at));
                from = at;
            }
        }
        assertThat(from).isEqualTo(text.length());
        assertThat(writes)
                .containsExactly(
                        "data: " + CHUNKS.first() + "\n\n",
                        "data: " + CHUNKS.delta("a") + "\n\n" + "data: " + CHUNKS.delta("b") + "\n\n" + "data: "
                                + CHUNKS.delta("c") + "\n\n",
                        "data: " + CHUNKS.delta("d") + "\n\n",
                        "data: " + CHUNKS.finish("stop") + "\n\n" + "data: [DONE]\n\n");
    }

    @Test
    @DisplayName("without include_usage there is no usage chunk")
    void withoutUsage() {
        ScriptedStream stream = new ScriptedStream(
                new StreamEvent.Delta("Hi"), new StreamEvent.Completed("length", Usage.reported(1, 1)));
        assertThat(events(stream, false))
                .containsExactly(
                        "data: " + CHUNKS.first(),
                        "data: " + CHUNKS.delta("Hi"),
                        "data: " + CHUNKS.finish("length"),
                        "data: [DONE]");
    }

    @Test
    @DisplayName("a failure mid-stream ends it with OpenAI's error event and no [DONE]")
    void failed() {
        ScriptedStream stream = new ScriptedStream(new StreamEvent.Delta("Hi"), new StreamEvent.Failed("cut off"));
        assertThat(events(stream, true))
                .containsExactly(
                        "data: " + CHUNKS.first(),
                        "data: " + CHUNKS.delta("Hi"),
                        "data: " + ChatChunkWriter.error("cut off"));
        assertThat(stream.closed).isTrue();
    }

    @Test
    @DisplayName("a stream that ends without a final event is reported as an error, not completed")
    void endedEarly() {
        List<String> events = events(new ScriptedStream(new StreamEvent.Delta("Hi")), false);
        assertThat(events).last().asString().contains("\"code\":\"stream_interrupted\"");
        assertThat(events).doesNotContain("data: [DONE]");
    }

    @Test
    @DisplayName("a client that goes away (a write fails) ends the relay quietly, and the stream is closed")
    void clientGone() {
        ScriptedStream stream = new ScriptedStream(
                new StreamEvent.Delta("a"),
                new StreamEvent.Delta("b"),
                new StreamEvent.Completed("stop", Usage.reported(1, 1)));
        OutputStream broken = new OutputStream() {
            private int writes;

            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (++writes > 1) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        new ChatStreamOutput(stream, CHUNKS, true).write(broken);
        assertThat(stream.closed).isTrue();
    }

    @Test
    @DisplayName(
            "an unexpected failure while relaying is logged, told to the client as an error event, and closes the stream")
    void unexpected() {
        ScriptedStream stream = new ScriptedStream() {
            @Override
            public StreamEvent next() {
                throw new IllegalStateException("internal detail");
            }
        };
        List<String> events = events(stream, false);
        assertThat(events).last().asString().contains("error id").doesNotContain("internal detail");
        assertThat(stream.closed).isTrue();
    }
}
