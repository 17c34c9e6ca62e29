package fr.guichet.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The server's {@code messages.log}, read from a mark: what the server logged while a test ran. */
final class ServerLog {

    private static final Path LOG = Path.of(
            System.getProperty("guichet.server.log", "target/liberty/wlp/usr/servers/guichet-it/logs/messages.log"));

    private ServerLog() {}

    /** Where the log ends now. */
    static long mark() {
        try {
            return Files.size(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException("The server's log " + LOG + " cannot be read", e);
        }
    }

    /** What was logged since the mark (the whole log if it rolled over meanwhile). */
    static String since(long mark) {
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            long from = file.length() < mark ? 0 : mark;
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The server's log " + LOG + " cannot be read", e);
        }
    }
}
