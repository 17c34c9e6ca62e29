package fr.guichet.dispatch.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    /** Gives its bytes a few at a time, as a network does. */
    private static InputStream trickle(String text, int step) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<String> lines(InputStream in) throws IOException {
        LineReader reader = new LineReader(in);
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    @Test
    @DisplayName(
            "splits at LF, CR and CRLF like BufferedReader, whatever the reads; UTF-8 split across reads is intact")
    void splitsLikeReadLine() throws IOException {
        String text = "data: café\n\ndata: 東京\r\n\r\nlast\rend";
        for (int step = 1; step <= text.length() + 8; step++) {
            assertThat(lines(trickle(text, step))).containsExactly("data: café", "", "data: 東京", "", "last", "end");
        }
    }

    @Test
    @DisplayName("a line is ready only once its terminator arrived; the end of the stream is ready too")
    void readiness() throws IOException {
        LineReader reader = new LineReader(trickle("one\ntw", 5));
        assertThat(reader.lineReady()).isFalse(); // nothing read yet
        assertThat(reader.readLine()).isEqualTo("one");
        assertThat(reader.lineReady()).isFalse(); // "tw" without its end: reading would wait
        assertThat(reader.readLine()).isEqualTo("tw");
        assertThat(reader.readLine()).isNull();
        assertThat(reader.lineReady()).isTrue();
    }

    @Test
    @DisplayName("a line that never ends is refused past its bound instead of filling the memory")
    void boundedLine() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        assertThatThrownBy(() -> new LineReader(endless).readLine())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("longer than " + LineReader.MAX_LINE_BYTES);
    }
}
