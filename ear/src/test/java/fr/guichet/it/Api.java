package fr.guichet.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A small HTTP client for the end-to-end tests: one instance per caller (anonymous, an operator with HTTP
 * Basic, or a portal user with a cookie jar and a CSRF token).
 */
final class Api {

    static final String BASE = System.getProperty("guichet.base-url", "http://localhost:19080");
    static final String OPERATOR_EMAIL = System.getProperty("guichet.admin.email", "operator@guichet.test");
    static final String OPERATOR_PASSWORD = System.getProperty("guichet.admin.password", "");
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Map<String, String> headers = new HashMap<>();

    private String base = BASE;

    private Api(HttpClient http) {
        this.http = http;
    }

    /** An anonymous client of another server (the second server of the PostgreSQL pass). */
    static Api at(String base) {
        Api api = anonymous();
        api.base = base;
        return api;
    }

    static Api anonymous() {
        return new Api(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build());
    }

    static Api basic(String user, String password) {
        Api api = anonymous();
        api.headers.put("Authorization", basicHeader(user, password));
        return api;
    }

    /** An HTTP Basic {@code Authorization} value. */
    static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Api operator() {
        return basic(OPERATOR_EMAIL, OPERATOR_PASSWORD);
    }

    /** An operator of another server (the second server of the PostgreSQL pass). */
    static Api operatorAt(String base) {
        Api api = operator();
        api.base = base;
        return api;
    }

    /** A client that keeps cookies, as a browser would. */
    static Api withCookies() {
        return new Api(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build());
    }

    Api header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
    }

    Reply post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)), "POST", body, "application/json");
    }

    /** POSTs these bytes as they are, declared as JSON (bytes that are not UTF-8, say). */
    Reply postBytes(String path, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        return send(builder, null);
    }

    Reply put(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)), "PUT", body, "application/json");
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)), "DELETE", null, null);
    }

    /** DELETE with a JSON body (a confirmation: the caller's password). */
    Reply delete(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)), "DELETE", body, "application/json");
    }

    /** GETs raw bytes (a PDF), with the given Accept header. */
    HttpResponse<byte[]> bytes(String path, String accept) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(builder::header);
        builder.header("Accept", accept);
        try {
            return http.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply patch(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)), "PATCH", body, "application/json");
    }

    Reply send(HttpRequest.Builder builder, String method, Object body, String contentType) {
        String text = body == null ? "" : body instanceof String s ? s : write(body);
        builder.method(method, HttpRequest.BodyPublishers.ofString(text));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder, text);
    }

    private Reply send(HttpRequest.Builder builder, String ignored) {
        headers.forEach(builder::header);
        if (!headers.containsKey("Accept")) {
            builder.header("Accept", "application/json, application/problem+json");
        }
        try {
            HttpResponse<String> response =
                    http.send(builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static URI uri(String path) {
        return URI.create(BASE + path);
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An HTTP answer with its body parsed when it is JSON. */
    record Reply(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String raw() {
            return response.body();
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status() + "): " + response.body(), e);
            }
        }

        @Override
        public String toString() {
            return status() + " " + response.body();
        }
    }
}
