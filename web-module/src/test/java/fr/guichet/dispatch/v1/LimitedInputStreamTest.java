package fr.guichet.dispatch.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    @DisplayName("a body up to the limit reads whole")
    void withinLimit() throws IOException {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[1024]), 1024);
        assertThat(in.readAllBytes()).hasSize(1024);
    }

    @Test
    @DisplayName("a body past the limit stops being read once the limit is passed")
    void pastLimit() {
        ByteArrayInputStream source = new ByteArrayInputStream(new byte[10 * 1024 * 1024]);
        InputStream in = new LimitedInputStream(source, 4096);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(RequestTooLargeException.class);
        assertThat(source.available()).as("most of the body was never read").isGreaterThan(9 * 1024 * 1024);
    }

    @Test
    @DisplayName("byte-by-byte reads are counted too")
    void singleBytes() throws IOException {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        in.read();
        in.read();
        assertThatThrownBy(in::read).isInstanceOf(RequestTooLargeException.class);
    }
}
