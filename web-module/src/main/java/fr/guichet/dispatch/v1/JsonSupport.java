package fr.guichet.dispatch.v1;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the {@code /v1} path, looked up once: {@code Json.create…} looks it up again at each
 * call (a service-loader search), which the chat path would pay several times per call and per streamed chunk.
 */
final class JsonSupport {

    static final JsonProvider JSON = JsonProvider.provider();

    private JsonSupport() {}
}
