package fr.guichet.common.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers a request whose address holds a malformed percent escape ({@code ?x=%zz}, a lone {@code %}, escapes that
 * are not UTF-8) with a 400 in the caller's error format, before JAX-RS parses it: RESTEasy fails on such an
 * address inside the error mappers themselves, which left Liberty's default page (500, HTML, a stack trace). An
 * address longer than {@value #MAX_ADDRESS} characters is a 414, headers over {@value #MAX_HEADERS} a 431 (Liberty's
 * HTTP channel lets up to 128 KiB through, server.xml, and answers a bare 400 beyond).
 * What the container itself refuses first is answered by {@link RejectedRequestServlet}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class MalformedAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The longest address (path and query string) answered; a longer one is a 414. */
    static final int MAX_ADDRESS = 16 * 1024;
    /** The most header bytes (names and values) answered; more is a 431. */
    static final int MAX_HEADERS = 32 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        int length = uri.length() + (query == null ? 0 : query.length() + 1);
        if (length > MAX_ADDRESS) {
            BadRequestAnswer.write(
                    response,
                    414,
                    uri.substring(request.getContextPath().length()),
                    "The address is " + length + " characters long, more than " + MAX_ADDRESS
                            + "; send long values in the request body");
            return;
        }
        long headers = headerBytes(request);
        if (headers > MAX_HEADERS) {
            BadRequestAnswer.write(
                    response,
                    431,
                    uri.substring(request.getContextPath().length()),
                    "The request's headers hold " + headers + " characters, more than " + MAX_HEADERS);
            return;
        }
        String encodedQuery = PercentEscapes.encodeLoose(query);
        Optional<String> problem =
                PercentEscapes.problem("address", uri).or(() -> PercentEscapes.problem("query string", encodedQuery));
        if (problem.isEmpty()) {
            chain.doFilter(Objects.equals(encodedQuery, query) ? request : withQuery(request, encodedQuery), response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        BadRequestAnswer.write(response, path, problem.get());
    }

    /**
     * The request with its query string's loose characters encoded ({@code ?q=a|b}, as browsers send it): RESTEasy
     * builds a {@link java.net.URI} of the address and failed on them, answering any error with a 500.
     */
    private static HttpServletRequest withQuery(HttpServletRequest request, String query) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getQueryString() {
                return query;
            }
        };
    }

    private static long headerBytes(HttpServletRequest request) {
        long total = 0;
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                total += name.length() + values.nextElement().length() + 4;
            }
        }
        return total;
    }
}
