package fr.guichet.dispatch.provider;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.dispatch.provider.SseDecoder.SseEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SseDecoderTest {

    private final List<SseEvent> events = new ArrayList<>();
    private final SseDecoder decoder = new SseDecoder(events::add);

    private void feed(String... lines) {
        for (String line : lines) {
            decoder.line(line);
        }
    }

    @Test
    @DisplayName("an event gathers its event and data fields until a blank line; comments are skipped")
    void gathersFields() {
        feed(": keep-alive", "event: message_start", "data: {\"a\":1}", "", "data:{\"b\":2}", "");

        assertThat(events)
                .containsExactly(new SseEvent("message_start", "{\"a\":1}"), new SseEvent("message", "{\"b\":2}"));
    }

    @Test
    @DisplayName("several data lines are joined by a newline, and unknown fields are ignored")
    void joinsDataLines() {
        feed("id: 7", "data: first", "data: second", "retry: 1000", "");

        assertThat(events).containsExactly(new SseEvent("message", "first\nsecond"));
    }

    @Test
    @DisplayName("an event left open when the body ends is still delivered; a lone blank line delivers nothing")
    void flushesAtTheEnd() {
        feed("", "event: ping", "", "data: [DONE]");
        decoder.end();

        assertThat(events).containsExactly(new SseEvent("message", "[DONE]"));
    }
}
