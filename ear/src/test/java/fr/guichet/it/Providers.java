package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

/** Registers providers through the admin API, and the PUT and DELETE calls the small {@link Api} lacks. */
final class Providers {

    /** The seeded OpenAI provider (fixed id of change set 14-seed-catalogue). */
    static final String SEEDED_OPENAI = "00000000-0000-4000-8000-000000000001";

    private Providers() {}

    /** A fresh, enabled OpenAI-compatible provider with a unique name; returns its id. */
    static String register(String prefix) {
        Api.Reply reply = Api.operator()
                .post(
                        "/api/admin/providers",
                        Map.of(
                                "kind",
                                "OPENAI_COMPATIBLE",
                                "name",
                                Api.unique(prefix),
                                "baseUrl",
                                "https://llm.example.test/v1",
                                "defaultModels",
                                List.of("model-a")));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    static Api.Reply put(Api api, String path, Object body) {
        return api.send(HttpRequest.newBuilder(Api.uri(path)), "PUT", body, "application/json");
    }

    static Api.Reply delete(Api api, String path) {
        return api.send(HttpRequest.newBuilder(Api.uri(path)), "DELETE", null, null);
    }

    /** A provider-style secret that must never come back in any answer. */
    static String secret(String label) {
        return "sk-" + label + "-" + Api.unique("secret").replace("-", "") + "ZZ";
    }
}
