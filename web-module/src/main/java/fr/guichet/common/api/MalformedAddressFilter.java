package fr.guichet.common.api;

import fr.guichet.common.domain.ErrorCode;
import fr.guichet.openai.OpenAiError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Answers a request whose address holds a malformed percent escape ({@code ?x=%zz}, a lone {@code %}, escapes that
 * are not UTF-8) with a 400 in the caller's error format, before JAX-RS parses it: RESTEasy fails on such an
 * address inside the error mappers themselves, which left Liberty's default page (500, HTML, a stack trace).
 * {@code /v1} gets OpenAI's error shape, {@code /api} problem details, the pages a sentence.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class MalformedAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private transient Jsonb jsonb;

    @Override
    public void init() {
        jsonb = JsonbBuilder.create();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> problem = PercentEscapes.problem("address", request.getRequestURI())
                .or(() -> PercentEscapes.problem("query string", request.getQueryString()));
        if (problem.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type;
        String body;
        if (path.startsWith("/v1/")) {
            type = "application/json";
            body = jsonb.toJson(OpenAiError.of(problem.get(), "invalid_request_error", null, null));
        } else if (path.startsWith("/api/")) {
            String instance = path.length() > Echoes.LIMIT ? path.substring(0, Echoes.LIMIT) + "…" : path;
            type = Problems.PROBLEM_JSON.toString();
            body = jsonb.toJson(
                    Problems.detail(ErrorCode.INVALID_REQUEST, 400, problem.get(), instance, null, List.of()));
        } else {
            type = "text/plain";
            body = "Bad request. " + problem.get() + ".\n";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(400);
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    @Override
    public void destroy() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // nothing held that outlives the application
        }
    }
}
