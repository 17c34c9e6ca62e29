package fr.guichet.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 by hand over a socket, for what a regular client will not do: announce a huge body and send only
 * its start, or stream a body in chunks, then read the server's answer while the body is still being sent.
 */
final class RawHttp {

    /** The status line's code and the body of an answer. */
    record Answer(int status, String headers, String body) {}

    private RawHttp() {}

    /**
     * POSTs to {@code path} a body of {@code size} bytes of JSON-looking filler, announced by Content-Length
     * or sent chunked, writing it from another thread while the answer is read.
     */
    static Answer post(String path, String bearer, long size, boolean chunked) {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Bearer " + bearer + "\r\nContent-Type: application/json\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeBody(out, size, chunked));
            Answer answer = read(socket.getInputStream());
            writer.cancel(true);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * GETs {@code path} with a Bearer key from the local address {@code from} (any 127.x.y.z on Linux), so that
     * the server sees a caller other than 127.0.0.1.
     */
    static Answer getFrom(String from, String path, String bearer) {
        return getFromWith(from, path, "Bearer " + bearer);
    }

    /** GETs {@code path} from the local address {@code from} with this {@code Authorization} header. */
    static Answer getFromWith(String from, String path, String authorization) {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            String head = "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: " + authorization + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs a JSON body to {@code path} from the local address {@code from}, as {@link #getFrom} does. */
    static Answer postFrom(String from, String path, String json) {
        URI base = URI.create(Api.BASE);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + "Accept: application/json\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends one request as given, from the local address {@code from}: the target is written as it is (malformed
     * escapes included), with these headers, a Content-Length when there is a body, and Connection: close.
     */
    static Answer exchange(String from, String method, String target, Map<String, String> headers, byte[] body) {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nConnection: close\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target.substring(0, Math.min(200, target.length())), e);
        }
    }

    /** Writes the body until done or until the server closes the connection (which is then expected). */
    private static void writeBody(OutputStream out, long size, boolean chunked) {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) ' ');
        block[0] = '{';
        try {
            for (long sent = 0; sent < size; sent += block.length) {
                int n = (int) Math.min(block.length, size - sent);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                block[0] = ' ';
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            // The server answered and closed without reading the whole body: what the test wants.
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String headers = readHead(in);
        int status = Integer.parseInt(headers.substring(9, 12));
        String lower = headers.toLowerCase(Locale.ROOT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (lower.contains("transfer-encoding: chunked")) {
            for (int n = Integer.parseInt(readLine(in).strip(), 16);
                    n > 0;
                    n = Integer.parseInt(readLine(in).strip(), 16)) {
                body.write(in.readNBytes(n));
                readLine(in);
            }
        } else {
            int at = lower.indexOf("content-length:");
            if (at < 0) {
                body.write(in.readAllBytes()); // no length: the body ends with the connection
            } else {
                int length = Integer.parseInt(
                        lower.substring(at + 15, lower.indexOf("\r\n", at)).strip());
                body.write(in.readNBytes(length));
            }
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            head.append(line).append("\r\n");
        }
        return head.toString();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("Connection closed in the middle of a line");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
