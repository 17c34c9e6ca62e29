package fr.guichet.common.api;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.PageRequest;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} (zero-based, default 0) and {@code size} (1–100, default 20) query parameters of every
 * list. Taken as text so that a non-number is a 400 that says so, not JAX-RS's 404.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Zero-based page number", example = "0")
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 100", example = "20")
    String size;

    public PageRequest toRequest() {
        return new PageRequest(parse(page, "page", 0), parse(size, "size", PageRequest.DEFAULT_SIZE));
    }

    private static int parse(String value, String field, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "must be a whole number");
        }
    }
}
