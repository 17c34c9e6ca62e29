package fr.guichet.app;

import fr.guichet.common.api.Problems;
import fr.guichet.common.api.security.SessionOnly;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Writes once, in the {@code /openapi} document, what the operations of {@code /api} share, so that a resource
 * declares only its own behaviour ({@code @APIResponse(responseCode = "404", description = "No such plan")}):
 *
 * <ul>
 *   <li>the answers of the operation's security scheme that it does not declare itself: 401 and 403 for
 *       {@code operatorBasic} ({@link fr.guichet.tenancy.api.security.OperatorAuthFilter}), 401 for
 *       {@code portalSession} ({@link fr.guichet.tenancy.api.security.PortalAuthFilter}), which also takes a
 *       personal access token: every portal operation is given the {@code portalToken} scheme as an alternative. A portal 403 (not a
 *       tenant admin, no CSRF token) depends on the operation, which declares it;
 *   <li>the body of every 4xx and 5xx answer declared without one: the schema {@code Problem} (of
 *       {@link fr.guichet.common.api.ProblemDetail}, in the components because that class carries {@code @Schema})
 *       as {@code application/problem+json}, what {@link fr.guichet.common.api.Problems} sends.
 * </ul>
 *
 * Answers are listed by status code. The OpenAI-compatible {@code /v1} operations, documented in
 * {@code META-INF/openapi.yaml} with OpenAI's error shape, are left as they are. Registered with
 * {@code mp.openapi.filter} in the web module's {@code META-INF/microprofile-config.properties}.
 */
public class OpenApiErrorResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "Problem";

    private static final Pattern ERROR_STATUS = Pattern.compile("[45]([0-9][0-9]|XX)");

    /** An answer every operation of a security scheme may give. */
    private record SchemeAnswer(String scheme, String status, String description) {}

    private static final List<SchemeAnswer> SCHEME_ANSWERS = List.of(
            new SchemeAnswer("operatorBasic", "401", "No or wrong operator credentials"),
            new SchemeAnswer("operatorBasic", "403", "A tenant user, not an operator"),
            new SchemeAnswer("portalSession", "401", "Not signed in, or an unknown, expired or revoked token"));

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getInfo() == null) {
            openApi.setInfo(OASFactory.createInfo());
        }
        if (openApi.getInfo().getTitle() == null || openApi.getInfo().getTitle().startsWith("Generated")) {
            openApi.getInfo()
                    .title("Guichet API")
                    .version(
                            openApi.getInfo().getVersion() == null
                                    ? "1"
                                    : openApi.getInfo().getVersion())
                    .description("Guichet's REST API (/api: operators and client portals) and its "
                            + "OpenAI-compatible API (/v1). Errors under /api are RFC 9457 problems; under /v1, "
                            + "OpenAI's error shape.");
        }
        describeViolations(openApi);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(OpenApiErrorResponses::complete);
            }
        });
    }

    private static void complete(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        offerTokens(operation);
        addSchemeAnswers(operation);
        Map<String, APIResponse> byStatus =
                new TreeMap<>(operation.getResponses().getAPIResponses());
        byStatus.forEach((status, response) -> {
            if (ERROR_STATUS.matcher(status).matches() && response.getRef() == null && hasNoBody(response)) {
                response.setContent(problemBody(status));
            }
        });
        operation.getResponses().setAPIResponses(byStatus);
    }

    /**
     * Every portal operation also takes a personal access token ({@code portalToken}), as the filter does, but those
     * marked {@link SessionOnly} (making tokens, changing the password, deleting the account).
     */
    private static void offerTokens(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        boolean sessionOnly = operation.getExtensions() != null
                && "true".equals(String.valueOf(operation.getExtensions().get(SessionOnly.EXTENSION)));
        if (security != null
                && !sessionOnly
                && security.stream().anyMatch(s -> s.hasScheme("portalSession"))
                && security.stream().noneMatch(s -> s.hasScheme("portalToken"))) {
            operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme("portalToken"));
        }
    }

    private static void addSchemeAnswers(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity() == null ? List.of() : operation.getSecurity();
        APIResponses responses = operation.getResponses();
        for (SchemeAnswer answer : SCHEME_ANSWERS) {
            if (!responses.hasAPIResponse(answer.status())
                    && security.stream().anyMatch(s -> s.hasScheme(answer.scheme()))) {
                responses.addAPIResponse(
                        answer.status(), OASFactory.createAPIResponse().description(answer.description()));
            }
        }
    }

    private static boolean hasNoBody(APIResponse response) {
        return response.getContent() == null
                || response.getContent().getMediaTypes().isEmpty();
    }

    private static Content problemBody(String status) {
        var media =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        Map<String, Object> example = EXAMPLES.get(status);
        if (example != null) {
            media.example(example);
        }
        return OASFactory.createContent().addMediaType(Problems.PROBLEM_JSON.toString(), media);
    }

    /** An example body for the usual statuses, so that a 400 is not shown with the schema's 409. */
    private static final Map<String, Map<String, Object>> EXAMPLES = Map.of(
            "400",
                    Map.of(
                            "type", "urn:guichet:problem:validation-failed",
                            "title", "Validation failed",
                            "status", 400,
                            "detail", "2 fields are invalid",
                            "instance", "/api/admin/tenants",
                            "code", "VALIDATION_FAILED",
                            "violations",
                                    List.of(
                                            Map.of("field", "slug", "message", "must not be blank"),
                                            Map.of("field", "contactEmail", "message", "must be an e-mail address"))),
            "401",
                    Map.of(
                            "type", "urn:guichet:problem:unauthorized",
                            "title", "Authentication required",
                            "status", 401,
                            "code", "UNAUTHORIZED"),
            "404",
                    Map.of(
                            "type", "urn:guichet:problem:tenant-not-found",
                            "title", "Tenant not found",
                            "status", 404,
                            "detail", "No tenant with id 7d0c…",
                            "code", "TENANT_NOT_FOUND"));

    /** The schema of one broken rule, and {@code Problem.violations} as a list of them (not of strings). */
    private static void describeViolations(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        var problem = openApi.getComponents().getSchemas().get(PROBLEM_SCHEMA);
        if (problem == null) {
            return;
        }
        openApi.getComponents()
                .addSchema(
                        "Violation",
                        OASFactory.createSchema()
                                .type(List.of(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT))
                                .description("One broken rule on one input field")
                                .addProperty(
                                        "field",
                                        OASFactory.createSchema()
                                                .type(List.of(
                                                        org.eclipse.microprofile.openapi.models.media.Schema.SchemaType
                                                                .STRING))
                                                .example("slug"))
                                .addProperty(
                                        "message",
                                        OASFactory.createSchema()
                                                .type(List.of(
                                                        org.eclipse.microprofile.openapi.models.media.Schema.SchemaType
                                                                .STRING))
                                                .example("must not be blank")));
        problem.addProperty(
                "violations",
                OASFactory.createSchema()
                        .type(List.of(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.ARRAY))
                        .description("Each invalid field, on 400 answers")
                        .items(OASFactory.createSchema().ref("Violation")));
    }
}
