package fr.guichet.dispatch.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.dispatch.provider.ProviderException;
import fr.guichet.dispatch.provider.ProviderKind;
import fr.guichet.dispatch.provider.ProviderStream;
import fr.guichet.dispatch.provider.StreamInterruptedException;
import fr.guichet.dispatch.provider.Usage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PulledStreamTest {

    /** A provider stream whose lines are scripted: each line reports to the listener, or fails. */
    private static final class ScriptedLines implements ProviderStream {
        final Deque<Runnable> lines = new ArrayDeque<>();
        final Deque<Boolean> arrived = new ArrayDeque<>();
        boolean closed;
        boolean complete;

        @Override
        public boolean advance() {
            lines.removeFirst().run();
            return !complete;
        }

        @Override
        public boolean ready() {
            return Boolean.TRUE.equals(arrived.poll());
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Scripted lines that {@code pulled} reads from. */
    private static ScriptedLines attachedTo(PulledStream pulled) {
        ScriptedLines lines = new ScriptedLines();
        pulled.attach(lines);
        return lines;
    }

    private static final long NO_DEADLINE =
            System.nanoTime() + Duration.ofMinutes(5).toNanos();

    @Test
    @DisplayName("a line that completes a fragment and then reveals the cut: the fragment first, then the interruption")
    void fragmentThenInterruption() {
        PulledStream pulled = new PulledStream(ProviderKind.OPENAI_COMPATIBLE);
        ScriptedLines lines = attachedTo(pulled);
        lines.lines.add(() -> {
            pulled.onDelta("Once upon");
            throw new StreamInterruptedException(
                    new ProviderException(
                            ProviderKind.OPENAI_COMPATIBLE, ProviderException.Failure.CONNECTION, 0, "cut"),
                    "Once upon",
                    new Usage(3, 2, true));
        });

        assertThat(pulled.first(NO_DEADLINE, Duration.ofMinutes(5))).isEqualTo(new StreamEvent.Delta("Once upon"));
        assertThat(pulled.next())
                .isInstanceOfSatisfying(
                        PulledStream.Interrupted.class,
                        i -> assertThat(i.failure().deliveredText()).isEqualTo("Once upon"));
    }

    @Test
    @DisplayName("ready only when an event is there: lines already arrived without one (a ping) are read, not counted")
    void readyMeansAnEvent() {
        PulledStream pulled = new PulledStream(ProviderKind.ANTHROPIC);
        ScriptedLines lines = attachedTo(pulled);
        lines.lines.add(() -> pulled.onDelta("Hi"));
        lines.lines.add(() -> {}); // event: ping
        lines.lines.add(() -> pulled.onDelta(" there"));
        assertThat(pulled.first(NO_DEADLINE, Duration.ofMinutes(5))).isEqualTo(new StreamEvent.Delta("Hi"));

        lines.arrived.add(true); // the ping has arrived
        lines.arrived.add(false); // the next fragment has not
        assertThat(pulled.ready()).isFalse();
        assertThat(lines.lines).hasSize(1); // the ping was read

        lines.arrived.add(true);
        assertThat(pulled.ready()).isTrue();
        assertThat(pulled.next()).isEqualTo(new StreamEvent.Delta(" there"));
    }

    @Test
    @DisplayName("no first fragment before the deadline: a TIMEOUT the dispatcher may fall back on")
    void firstByteDeadline() {
        PulledStream pulled = new PulledStream(ProviderKind.OPENAI_COMPATIBLE);
        ScriptedLines lines = attachedTo(pulled);
        lines.lines.add(() -> {}); // a comment line, then nothing in time
        long past = System.nanoTime() - 1;
        assertThatThrownBy(() -> pulled.first(past, Duration.ofSeconds(90)))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.TIMEOUT));
    }
}
