package fr.guichet.common.api;

import fr.guichet.common.domain.ErrorCode;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A 4xx for a request refused before JAX-RS sees it, in the caller's error format by the address it asked for:
 * OpenAI's error shape on {@code /v1}, problem details on {@code /api}, a sentence elsewhere. Never a class name.
 */
final class BadRequestAnswer {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private BadRequestAnswer() {}

    /** Writes a 400; {@code path}: the address asked for, without the context root. */
    static void write(HttpServletResponse response, String path, String detail) throws IOException {
        write(response, 400, path, detail);
    }

    /** Writes the answer with this status (a 5xx: {@code internal_error} / {@code server_error}). */
    static void write(HttpServletResponse response, int status, String path, String detail) throws IOException {
        ErrorCode code = status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_REQUEST;
        String openAiType = status >= 500 ? "server_error" : "invalid_request_error";
        String type;
        String body;
        if (path.startsWith("/v1/")) {
            type = "application/json";
            body = JSONB.toJson(OpenAiError.of(detail, openAiType, null, null));
        } else if (path.startsWith("/api/")) {
            String instance = path.length() > Echoes.LIMIT ? path.substring(0, Echoes.LIMIT) + "…" : path;
            type = Problems.PROBLEM_JSON.toString();
            body = JSONB.toJson(Problems.detail(code, status, detail, instance, null, List.of()));
        } else {
            type = "text/plain";
            body = (status == 400 ? "Bad request. " : status >= 500 ? "Server error. " : "Refused. ") + detail + ".\n";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
