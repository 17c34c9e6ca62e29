package fr.guichet.dispatch.provider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into UTF-8 lines like {@code BufferedReader.readLine()} (terminated by LF, CR or CRLF),
 * and tells whether a whole line has already arrived ({@link #lineReady()}), which a {@code BufferedReader}
 * cannot: it only knows that some bytes did. A line is decoded once it is complete, so a character split between
 * two reads is never garbled. Lines are bounded ({@link #MAX_LINE_BYTES}).
 */
final class LineReader {

    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private final InputStream in;
    private byte[] buffer = new byte[8192];
    private int start;
    private int end;
    private boolean skipLineFeed;
    private boolean eof;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, or null at the end of the stream; waits for the stream if needed. */
    String readLine() throws IOException {
        while (true) {
            if (skipLineFeed && start < end) {
                if (buffer[start] == '\n') {
                    start++;
                }
                skipLineFeed = false;
            }
            int terminator = terminator(start);
            if (terminator >= 0) {
                String line = new String(buffer, start, terminator - start, StandardCharsets.UTF_8);
                skipLineFeed = buffer[terminator] == '\r';
                start = terminator + 1;
                return line;
            }
            if (eof) {
                if (start < end) {
                    String line = new String(buffer, start, end - start, StandardCharsets.UTF_8);
                    start = end;
                    return line;
                }
                return null;
            }
            fill();
        }
    }

    /** True when {@link #readLine()} will answer without waiting: a whole line, or the end, has arrived. */
    boolean lineReady() {
        int from = start;
        if (skipLineFeed && from < end && buffer[from] == '\n') {
            from++;
        }
        return terminator(from) >= 0 || eof;
    }

    private int terminator(int from) {
        for (int i = from; i < end; i++) {
            byte b = buffer[i];
            if (b == '\n' || b == '\r') {
                return i;
            }
        }
        return -1;
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            if (buffer.length >= MAX_LINE_BYTES) {
                throw new IOException("a line longer than " + MAX_LINE_BYTES + " bytes");
            }
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_LINE_BYTES));
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            eof = true;
        } else {
            end += read;
        }
    }
}
