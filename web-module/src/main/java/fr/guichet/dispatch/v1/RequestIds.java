package fr.guichet.dispatch.v1;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.SecureRandom;

/**
 * Request ids under {@code /v1}. A chat call's id is {@code chatcmpl-} and 29 random base62 characters, as
 * OpenAI's are: it is the answer's {@code id}, the usage event's request id and the {@code x-request-id}
 * header. Every other answer (errors included) gets an {@code x-request-id} too: the chat call's when one was
 * assigned (the resource puts it in the request property {@link #PROPERTY}), else a fresh {@code req_} id.
 */
@Provider
public class RequestIds implements ContainerResponseFilter {

    static final String HEADER = "x-request-id";
    static final String PROPERTY = "fr.guichet.dispatch.v1.request-id";

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    static String completionId() {
        return "chatcmpl-" + random(29);
    }

    /** {@code length} characters of base 62, uniform (bytes of 248 and above are skipped), from few random draws. */
    static String random(int length) {
        StringBuilder id = new StringBuilder(length);
        byte[] bytes = new byte[length + length / 2];
        while (id.length() < length) {
            RANDOM.nextBytes(bytes);
            for (int i = 0; i < bytes.length && id.length() < length; i++) {
                int b = bytes[i] & 0xFF;
                if (b < 248) {
                    id.append(BASE62.charAt(b % 62));
                }
            }
        }
        return id.toString();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getHeaders().containsKey(HEADER)) {
            return;
        }
        Object assigned = request.getProperty(PROPERTY);
        response.getHeaders().putSingle(HEADER, assigned instanceof String id ? id : "req_" + random(24));
    }
}
