package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpenApiErrorResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    @DisplayName("an /api error answer declared without a body gets the Problem schema as application/problem+json")
    void problemBody() {
        Operation get = operation(null, "200", "The plan", "404", "No such plan");
        filter("/api/admin/plans/{id}", get);

        APIResponse notFound = get.getResponses().getAPIResponse("404");
        assertThat(notFound.getDescription()).isEqualTo("No such plan");
        assertThat(notFound.getContent().getMediaTypes()).containsOnlyKeys(PROBLEM_JSON);
        assertThat(problemRef(notFound)).isEqualTo("#/components/schemas/Problem");
        assertThat(get.getResponses().getAPIResponse("200").getContent())
                .as("a success keeps what it declared")
                .isNull();
    }

    @Test
    @DisplayName("an error answer that declares its own body keeps it")
    void ownBodyKept() {
        Operation post = operation(null, "200", "The image", "406", "Not acceptable");
        post.getResponses()
                .getAPIResponse("406")
                .content(OASFactory.createContent().addMediaType("text/plain", OASFactory.createMediaType()));
        filter("/api/admin/licenses/qr", post);

        assertThat(post.getResponses().getAPIResponse("406").getContent().getMediaTypes())
                .containsOnlyKeys("text/plain");
    }

    @Test
    @DisplayName("an operator operation gets 401 and 403 with the problem body, the answers listed by status code")
    void operatorAnswers() {
        Operation list = operation("operatorBasic", "400", "Bad paging", "200", "A page");
        filter("/api/admin/tenants", list);

        assertThat(list.getResponses().getAPIResponses().keySet()).containsExactly("200", "400", "401", "403");
        APIResponse unauthorized = list.getResponses().getAPIResponse("401");
        APIResponse forbidden = list.getResponses().getAPIResponse("403");
        assertThat(unauthorized.getDescription()).isEqualTo("No or wrong operator credentials");
        assertThat(forbidden.getDescription()).isEqualTo("A tenant user, not an operator");
        assertThat(problemRef(unauthorized)).isEqualTo("#/components/schemas/Problem");
        assertThat(problemRef(forbidden)).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    @DisplayName("a portal operation gets 401 only; a 401 or 403 that an operation declares keeps its description")
    void portalAnswers() {
        Operation rotate = operation("portalSession", "201", "Rotated", "403", "Not a tenant admin");
        Operation signIn = operation(null, "200", "Signed in", "401", "Wrong credentials");
        filter("/api/portal/api-keys/{keyId}/rotate", rotate);
        filter("/api/portal/login", signIn);

        assertThat(rotate.getResponses().getAPIResponses().keySet()).containsExactly("201", "401", "403");
        assertThat(rotate.getResponses().getAPIResponse("401").getDescription())
                .isEqualTo("Not signed in, or an unknown, expired or revoked token");
        assertThat(rotate.getSecurity())
                .as("a session or, instead, a personal access token")
                .extracting(r -> r.getSchemes().keySet())
                .containsExactly(java.util.Set.of("portalSession"), java.util.Set.of("portalToken"));
        assertThat(signIn.getSecurity()).as("no scheme, none offered").isNullOrEmpty();
        assertThat(rotate.getResponses().getAPIResponse("403").getDescription()).isEqualTo("Not a tenant admin");
        assertThat(signIn.getResponses().getAPIResponses().keySet()).containsExactly("200", "401");
        assertThat(signIn.getResponses().getAPIResponse("401").getDescription()).isEqualTo("Wrong credentials");
        // an answer the scheme would add, declared by the operation itself: its own words stay
        Operation expired = operation("portalSession", "200", "Profile", "401", "Session expired");
        Operation ownForbidden = operation("operatorBasic", "200", "Stats", "403", "Own words");
        filter("/api/portal/profile", expired);
        filter("/api/admin/licenses/stats", ownForbidden);
        assertThat(expired.getResponses().getAPIResponse("401").getDescription())
                .isEqualTo("Session expired");
        assertThat(ownForbidden.getResponses().getAPIResponse("403").getDescription())
                .isEqualTo("Own words");
        assertThat(ownForbidden.getResponses().getAPIResponse("401").getDescription())
                .isEqualTo("No or wrong operator credentials");
    }

    @Test
    @DisplayName("a /v1 operation keeps OpenAI's error answers and gets nothing added")
    void openAiLeftAlone() {
        // Even with a scheme whose answers /api gets: the path decides.
        Operation chat = operation("operatorBasic", "200", "A completion", "503", "Unavailable");
        chat.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().ref("OpenAiUnauthorized"));
        filter("/v1/chat/completions", chat);

        assertThat(chat.getResponses().getAPIResponses().keySet()).containsExactly("200", "503", "401");
        assertThat(chat.getResponses().getAPIResponse("401").getContent()).isNull();
        assertThat(chat.getResponses().getAPIResponse("503").getContent()).isNull();
    }

    @Test
    @DisplayName("an /api error answer that refers to a shared response is left to it")
    void referenceLeftAlone() {
        Operation get = operation(null, "200", "The plan");
        get.getResponses().addAPIResponse("404", OASFactory.createAPIResponse().ref("NotFound"));
        filter("/api/admin/plans/{id}", get);

        assertThat(get.getResponses().getAPIResponse("404").getContent()).isNull();
    }

    private static void filter(String path, Operation operation) {
        OpenAPI openApi = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(path, OASFactory.createPathItem().GET(operation)));
        new OpenApiErrorResponses().filterOpenAPI(openApi);
    }

    /** An operation of the given security scheme (or none) answering the given status and description pairs. */
    private static Operation operation(String scheme, String... statusAndDescription) {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses());
        for (int i = 0; i < statusAndDescription.length; i += 2) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            statusAndDescription[i],
                            OASFactory.createAPIResponse().description(statusAndDescription[i + 1]));
        }
        if (scheme != null) {
            operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme(scheme));
        }
        return operation;
    }

    private static String problemRef(APIResponse response) {
        return response.getContent().getMediaType(PROBLEM_JSON).getSchema().getRef();
    }
}
