package fr.guichet.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** One operation of the /openapi document: what the fuzz needs to call it. */
record FuzzOperation(
        String method,
        String path,
        List<String> pathParams,
        List<String> queryParams,
        JsonNode bodySchema,
        String security) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Every operation of the document, the portal's sign-out last (it ends the session the others use). */
    static List<FuzzOperation> all(JsonNode spec) {
        List<FuzzOperation> operations = new ArrayList<>();
        spec.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (METHODS.contains(op.getKey())) {
                        operations.add(of(
                                op.getKey().toUpperCase(java.util.Locale.ROOT),
                                path.getKey(),
                                op.getValue(),
                                path.getValue().path("parameters")));
                    }
                }));
        operations.sort(Comparator.comparing((FuzzOperation o) -> o.path().equals("/api/portal/logout"))
                .thenComparing(FuzzOperation::path)
                .thenComparing(FuzzOperation::method));
        return operations;
    }

    private static FuzzOperation of(String method, String path, JsonNode op, JsonNode shared) {
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        for (JsonNode parameters : List.of(shared, op.path("parameters"))) {
            for (JsonNode p : parameters) {
                List<String> into = p.get("in").asText().equals("path") ? pathParams : queryParams;
                if (!into.contains(p.get("name").asText())) {
                    into.add(p.get("name").asText());
                }
            }
        }
        JsonNode body = op.at("/requestBody/content/application~1json/schema");
        String security = op.path("security").path(0).fieldNames().hasNext()
                ? op.path("security").path(0).fieldNames().next()
                : "none";
        return new FuzzOperation(method, path, pathParams, queryParams, body.isMissingNode() ? null : body, security);
    }

    boolean writes() {
        return !method.equals("GET");
    }

    boolean openAi() {
        return path.startsWith("/v1/");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
