package fr.guichet.common.api;

import fr.guichet.common.domain.Violation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: the body of every error under {@code /api}, sent as {@code application/problem+json}.
 * {@code code} is Guichet's stable error code; {@code violations} lists each invalid field;
 * {@code errorId} identifies an unexpected error in the server log. In {@code /openapi} it is the schema
 * {@code Problem}, listed among the components for its {@code @Schema} and attached to every error answer of
 * {@code /api} by {@code fr.guichet.app.OpenApiErrorResponses}.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ProblemDetail(
        @Schema(example = "urn:guichet:problem:slug-taken") String type,
        @Schema(example = "Slug already in use") String title,
        @Schema(example = "409") int status,

        @Schema(example = "The slug 'acme' is already in use")
        String detail,

        @Schema(example = "/api/admin/tenants") String instance,
        @Schema(example = "SLUG_TAKEN") String code,

        @Schema(description = "Set on 500 answers: quote it to the operator")
        String errorId,

        List<Violation> violations) {}
