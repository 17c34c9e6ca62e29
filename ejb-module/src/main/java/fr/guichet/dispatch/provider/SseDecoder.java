package fr.guichet.dispatch.provider;

import java.util.function.Consumer;

/**
 * Server-sent events framing: {@code event:} and {@code data:} fields gathered until a blank line, comments
 * ({@code :...}) and other fields ignored, several {@code data:} lines joined by a newline. An event not closed
 * by a blank line before the body ends is still delivered.
 */
final class SseDecoder implements StreamDecoder {

    /** One event: its type ({@code message} when the server named none) and its data. */
    record SseEvent(String type, String data) {}

    private final Consumer<SseEvent> handler;
    private String type;
    private StringBuilder data;

    SseDecoder(Consumer<SseEvent> handler) {
        this.handler = handler;
    }

    @Override
    public void line(String line) {
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (line.startsWith(":")) {
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if ("event".equals(field)) {
            type = value;
        } else if ("data".equals(field)) {
            if (data == null) {
                data = new StringBuilder(value);
            } else {
                data.append('\n').append(value);
            }
        }
    }

    @Override
    public void end() {
        dispatch();
    }

    private void dispatch() {
        if (data != null) {
            SseEvent event = new SseEvent(type == null || type.isEmpty() ? "message" : type, data.toString());
            type = null;
            data = null;
            handler.accept(event);
        } else {
            type = null;
        }
    }
}
