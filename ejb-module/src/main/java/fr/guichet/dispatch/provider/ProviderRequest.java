package fr.guichet.dispatch.provider;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One HTTP request to a provider, as the adapters describe it: method, URI, headers in order, and a UTF-8 body
 * for a POST. {@link HttpTransport} sends it; {@link #toString()} shows no header value (keys travel in them).
 */
record ProviderRequest(String method, URI uri, List<Header> headers, String body) {

    record Header(String name, String value) {}

    ProviderRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = List.copyOf(headers);
    }

    static Builder get(URI uri) {
        return new Builder("GET", uri, null);
    }

    static Builder post(URI uri, String body) {
        return new Builder("POST", uri, Objects.requireNonNull(body, "body"));
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }

    /** Collects the headers; the adapters add their credentials through {@link #header}. */
    static final class Builder {

        private final String method;
        private final URI uri;
        private final String body;
        private final List<Header> headers = new ArrayList<>(4);

        private Builder(String method, URI uri, String body) {
            this.method = method;
            this.uri = uri;
            this.body = body;
        }

        Builder header(String name, String value) {
            headers.add(new Header(name, value));
            return this;
        }

        ProviderRequest build() {
            return new ProviderRequest(method, uri, headers, body);
        }
    }
}
