package fr.guichet.it;

import static fr.guichet.it.ChatFixture.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletionChunk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the /v1 gate, with its exact status, code and headers: rate limits (tenant and key), monthly
 * quotas of requests and tokens (with their 80 % / 100 % alerts and the refund of a call no provider served),
 * suspended and trial-over tenants, abuse (an address failing to authenticate, a key bursting or used from too
 * many addresses) and the operator's lifting of blocks, all in the audit log.
 */
class LimitsIT {

    private static ChatFixture fixture;
    private static final Api OPERATOR = Api.operator();

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    /** A tenant on a new plan with these terms (default chain), and a key of it. */
    static Opened onPlan(Map<String, Object> terms) {
        String planId = PlansIT.createPlan(Api.operator(), terms).get("id").asText();
        Tenants.Opened tenant = Tenants.open("limits");
        Api.Reply assigned = Api.operator().patch("/api/admin/tenants/" + tenant.id(), Map.of("planId", planId));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        return new Opened(tenant, planId, ApiKeys.create(tenant.id()));
    }

    record Opened(Tenants.Opened tenant, String planId, ApiKeys.Created key) {
        Api.Reply chat(Map<String, Object> extra) {
            Map<String, Object> body = new java.util.HashMap<>(
                    Map.of("model", MODEL, "messages", List.of(Map.of("role", "user", "content", "Hello"))));
            body.putAll(extra);
            return Api.anonymous()
                    .header("Authorization", "Bearer " + key.secret())
                    .post("/v1/chat/completions", body);
        }

        Api.Reply chat() {
            return chat(Map.of());
        }
    }

    private static void assertOpenAiError(Api.Reply reply, int status, String type, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonNode error = reply.json().get("error");
        assertThat(error.get("type").asText()).isEqualTo(type);
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    private static List<JsonNode> alerts(String tenantId) {
        Api.Reply reply = OPERATOR.get("/api/admin/alerts?tenantId=" + tenantId + "&size=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return StreamSupport.stream(reply.json().get("items").spliterator(), false)
                .toList();
    }

    private static List<JsonNode> audit(String action) {
        Api.Reply reply = OPERATOR.get("/api/admin/audit?action=" + action + "&size=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return StreamSupport.stream(reply.json().get("items").spliterator(), false)
                .toList();
    }

    @Test
    @DisplayName("rate limit: R calls pass with OpenAI's x-ratelimit headers, the next is 429 rate_limit_exceeded "
            + "with Retry-After")
    void rateLimit() {
        Opened t = onPlan(Map.of("requestsPerMinute", 3));
        for (int remaining = 2; remaining >= 0; remaining--) {
            Api.Reply ok = t.chat();
            assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
            assertThat(ok.header("x-ratelimit-limit-requests")).isEqualTo("3");
            assertThat(ok.header("x-ratelimit-remaining-requests")).isEqualTo(String.valueOf(remaining));
            assertThat(ok.header("x-ratelimit-reset-requests")).matches("\\d+(\\.\\d)?s|\\d+m\\d+(\\.\\d)?s|\\d+ms");
        }
        Api.Reply refused = t.chat();
        assertOpenAiError(refused, 429, "rate_limit_error", "rate_limit_exceeded");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 20L);
        assertThat(refused.header("x-ratelimit-remaining-requests")).isEqualTo("0");
        assertThat(refused.header("x-ratelimit-limit-requests")).isEqualTo("3");

        OpenAIClient sdk = ChatFixture.client(t.key().secret());
        assertThatThrownBy(() -> sdk.chat().completions().create(ChatFixture.params(MODEL)))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.code()).contains("rate_limit_exceeded");
                });
    }

    @Test
    @DisplayName("a streamed answer carries the rate-limit headers, sent before the stream starts")
    void streamedHeaders() {
        Opened t = onPlan(Map.of("requestsPerMinute", 50));
        OpenAIClient sdk = ChatFixture.client(t.key().secret());
        try (HttpResponseFor<StreamResponse<ChatCompletionChunk>> raw =
                sdk.chat().completions().withRawResponse().createStreaming(ChatFixture.params(MODEL))) {
            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(ChatFixture.header(raw.headers(), "x-ratelimit-limit-requests"))
                    .isEqualTo("50");
            assertThat(ChatFixture.header(raw.headers(), "x-ratelimit-remaining-requests"))
                    .isEqualTo("49");
            try (StreamResponse<ChatCompletionChunk> chunks = raw.parse()) {
                assertThat(chunks.stream().count()).isPositive();
            }
        }
    }

    @Test
    @DisplayName("a key's own per-minute limit applies within its tenant's")
    void keyRate() {
        Opened t = onPlan(Map.of("requestsPerMinute", 100));
        ApiKeys.Created slow = ApiKeys.create(t.tenant().id(), Map.of("name", "slow", "requestsPerMinute", 2));
        assertThat(slow.body().at("/key/requestsPerMinute").asInt()).isEqualTo(2);
        Api caller = Api.anonymous().header("Authorization", "Bearer " + slow.secret());
        assertThat(caller.get("/v1/models").status()).isEqualTo(200);
        Api.Reply second = caller.get("/v1/models");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("x-ratelimit-limit-requests")).isEqualTo("2");
        Api.Reply refused = caller.get("/v1/models");
        assertOpenAiError(refused, 429, "rate_limit_error", "rate_limit_exceeded");
        assertThat(refused.json().at("/error/message").asText()).contains("this API key");
        assertThat(t.chat().status())
                .as("the tenant's other keys are not limited by it")
                .isEqualTo(200);
    }

    @Test
    @DisplayName("monthly requests: Q calls pass, then 429 insufficient_quota (x-should-retry: false); 80 % and "
            + "100 % alerts once; the portal shows the counters; the usage report says 5 served and 2 refused")
    void requestQuota() {
        Opened t = onPlan(Map.of("requestsPerMonth", 5, "requestsPerMinute", 100));
        for (int i = 0; i < 5; i++) {
            Api.Reply ok = t.chat();
            assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        }
        Api.Reply refused = t.chat();
        assertOpenAiError(refused, 429, "insufficient_quota", "insufficient_quota");
        assertThat(refused.header("x-should-retry")).isEqualTo("false");
        assertThat(refused.header("Retry-After")).isNull();
        assertThat(refused.json().at("/error/message").asText())
                .contains("5 requests")
                .contains("renews");
        assertOpenAiError(t.chat(), 429, "insufficient_quota", "insufficient_quota");

        List<JsonNode> alerts = alerts(t.tenant().id());
        assertThat(alerts).extracting(a -> a.get("kind").asText()).containsExactlyInAnyOrder("quota_80", "quota_100");
        assertThat(alerts).allSatisfy(a -> assertThat(a.get("message").asText()).contains("requests"));
        List<JsonNode> mails = new java.util.ArrayList<>();
        Api.operator()
                .get("/api/admin/mail?tenantId=" + t.tenant().id())
                .json()
                .get("items")
                .forEach(m -> {
                    if (!m.get("kind").asText().equals("welcome")) {
                        mails.add(m);
                    }
                });
        assertThat(mails)
                .extracting(m -> m.get("kind").asText())
                .as("the tenant is told once at 80 % and once at 100 %")
                .containsExactlyInAnyOrder("quota_80", "quota_100");
        JsonNode full = Api.operator()
                .get("/api/admin/mail/" + mails.get(0).get("id").asText())
                .json();
        assertThat(full.get("text").asText()).contains("5").doesNotContain("{{");

        Api portal = Tenants.signIn(t.tenant());
        Api.Reply quota = portal.get("/api/portal/quota");
        assertThat(quota.status()).as(quota.toString()).isEqualTo(200);
        assertThat(quota.json().get("requests").asLong()).isEqualTo(5);
        assertThat(quota.json().get("requestLimit").asLong()).isEqualTo(5);
        assertThat(quota.json().get("tokens").asLong())
                .as("settled to what the double reported")
                .isEqualTo(5L * (OpenAiDouble.PROMPT_TOKENS + OpenAiDouble.COMPLETION_TOKENS));
        Api.Reply portalAlerts = portal.get("/api/portal/alerts");
        assertThat(portalAlerts.json().get("total").asLong()).isEqualTo(2);
        JsonNode usage = OPERATOR.get("/api/admin/usage?tenantId=" + t.tenant().id())
                .json()
                .get("totals");
        assertThat(usage.get("requests").asLong())
                .as("the report counts what was served, as the quota does")
                .isEqualTo(5);
        assertThat(usage.get("refused").asLong()).isEqualTo(2);
        assertThat(usage.get("failed").asLong()).isZero();
        assertThat(portal.get("/api/portal/usage").json().at("/totals/requests").asLong())
                .isEqualTo(5);
        Api.Reply other = Tenants.signIn(Tenants.open("otherlimits")).get("/api/portal/alerts");
        assertThat(other.json().get("total").asLong())
                .as("another tenant's admin sees none of them")
                .isZero();
    }

    @Test
    @DisplayName("concurrency: with a quota of 10 and 40 calls at once, exactly 10 succeed")
    void concurrentQuota() throws Exception {
        Opened t = onPlan(Map.of("requestsPerMonth", 10, "requestsPerMinute", 1000));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(() -> t.chat().status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(10);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(30);
        } finally {
            pool.shutdownNow();
        }
        Api.Reply quota = OPERATOR.get("/api/admin/tenants/" + t.tenant().id() + "/quota");
        assertThat(quota.json().get("requests").asLong()).isEqualTo(10);
    }

    @Test
    @DisplayName("tokens: a call whose prompt and max_tokens could pass the monthly tokens is refused before the "
            + "provider is called; a smaller one passes")
    void tokenQuota() {
        Opened t = onPlan(Map.of("tokensPerMonth", 1000, "requestsPerMinute", 100));
        fixture.openAi().resetCalls();
        Api.Reply refused = t.chat(Map.of("max_tokens", 5000));
        assertOpenAiError(refused, 429, "insufficient_quota", "insufficient_quota");
        assertThat(refused.json().at("/error/message").asText()).contains("max_tokens");
        assertThat(fixture.openAi().chatCalls()).isZero();
        assertThat(t.chat(Map.of("max_tokens", 50)).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("spend: a call that could pass the monthly spend cap is refused, with the 100 % spend alert")
    void spendQuota() {
        // gpt-4o-mini costs 0.552 EUR per million output tokens: 100,000 tokens could cost 0.0552 EUR > 0.01.
        Opened t = onPlan(Map.of("spendCapEur", 0.01, "requestsPerMinute", 100));
        fixture.openAi().resetCalls();
        Api.Reply refused = t.chat(Map.of("max_tokens", 100_000));
        assertOpenAiError(refused, 429, "insufficient_quota", "insufficient_quota");
        assertThat(refused.json().at("/error/message").asText()).contains("spend cap of 0.01 EUR");
        assertThat(fixture.openAi().chatCalls()).isZero();
        assertThat(alerts(t.tenant().id())).singleElement().satisfies(a -> {
            assertThat(a.get("kind").asText()).isEqualTo("quota_100");
            assertThat(a.get("message").asText()).contains("spend");
        });
        assertThat(t.chat(Map.of("max_tokens", 100)).status())
                .as("a small call still fits")
                .isEqualTo(200);
    }

    @Test
    @DisplayName("a call no provider served gives its reservation back")
    void refundOnFailure() {
        Opened t = onPlan(Map.of("requestsPerMonth", 3, "requestsPerMinute", 100));
        Api.Reply chained = Providers.put(
                OPERATOR,
                "/api/admin/plans/" + t.planId() + "/providers",
                Map.of("providerIds", List.of(PlansIT.OPENAI)));
        assertThat(chained.status()).as(chained.toString()).isEqualTo(200);
        fixture.openAi().answer(OpenAiDouble.Mode.SERVER_ERROR);
        try {
            assertThat(t.chat().status()).isEqualTo(503);
        } finally {
            fixture.awaitOpenAiAnswering();
        }
        Api.Reply quota = OPERATOR.get("/api/admin/tenants/" + t.tenant().id() + "/quota");
        assertThat(quota.json().get("requests").asLong()).isZero();
        assertThat(quota.json().get("tokens").asLong()).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(t.chat().status()).isEqualTo(200);
        }
        assertOpenAiError(t.chat(), 429, "insufficient_quota", "insufficient_quota");
    }

    @Test
    @DisplayName("upstream killed mid-stream: what was delivered is metered once, and the quota settles to it")
    void cutStreamSettled() {
        Opened t = onPlan(Map.of("requestsPerMonth", 10, "tokensPerMonth", 100_000, "requestsPerMinute", 100));
        fixture.awaitOpenAiAnswering();
        fixture.openAi().answer(OpenAiDouble.Mode.STREAM_CUT);
        try {
            Api.Reply cut = t.chat(Map.of("stream", true));
            assertThat(cut.status()).isEqualTo(200);
            assertThat(cut.raw()).contains("stream_interrupted").doesNotContain("[DONE]");
        } finally {
            fixture.openAi().answer(OpenAiDouble.Mode.ANSWER);
        }
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> {
                    JsonNode totals = OPERATOR.get(
                                    "/api/admin/usage?tenantId=" + t.tenant().id())
                            .json()
                            .get("totals");
                    assertThat(totals.get("requests").asLong()).isEqualTo(1);
                    long metered = totals.get("inputTokens").asLong()
                            + totals.get("outputTokens").asLong();
                    assertThat(totals.get("outputTokens").asLong())
                            .as("the delivered text, estimated")
                            .isPositive();
                    JsonNode quota = OPERATOR.get(
                                    "/api/admin/tenants/" + t.tenant().id() + "/quota")
                            .json();
                    assertThat(quota.get("requests").asLong()).isEqualTo(1);
                    assertThat(quota.get("tokens").asLong())
                            .as("settled to what was metered, not to the reservation")
                            .isEqualTo(metered);
                });
    }

    @Test
    @DisplayName("a suspended tenant gets 403 account_suspended; a trial that is over gets 402 subscription_required")
    void tenantStanding() {
        Opened suspended = onPlan(Map.of("requestsPerMinute", 100));
        assertThat(OPERATOR.patch(
                                "/api/admin/tenants/" + suspended.tenant().id(),
                                Map.of("status", "suspended", "statusReason", "test: suspended"))
                        .status())
                .isEqualTo(200);
        Api.Reply forbidden = suspended.chat();
        assertOpenAiError(forbidden, 403, "invalid_request_error", "account_suspended");
        assertThat(forbidden.header("x-should-retry")).isEqualTo("false");
        assertThat(forbidden.json().at("/error/message").asText())
                .as("says how to get access back")
                .contains("pay the unpaid invoices in the Guichet portal");

        Opened trial = onPlan(Map.of("requestsPerMinute", 100));
        assertThat(trial.chat().status()).isEqualTo(200);
        JsonNode tenant =
                OPERATOR.get("/api/admin/tenants/" + trial.tenant().id()).json();
        Api.Reply ended = OPERATOR.patch(
                "/api/admin/tenants/" + trial.tenant().id(),
                Map.of("trialEndsAt", tenant.get("createdAt").asText()));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        Api.Reply payment = trial.chat();
        assertOpenAiError(payment, 402, "invalid_request_error", "subscription_required");
        assertThat(payment.json().at("/error/message").asText())
                .contains("trial")
                .contains("plan");
        assertThat(OPERATOR.patch("/api/admin/tenants/" + trial.tenant().id(), Map.of("status", "active"))
                        .status())
                .isEqualTo(200);
        assertThat(trial.chat().status()).as("subscribed: usable again at once").isEqualTo(200);
    }

    @Test
    @DisplayName("a key bursting far beyond its rate is suspended (403 api_key_suspended), alerted, audited, and "
            + "an operator reinstates it with a reason")
    void burstSuspendsKey() {
        Opened t = onPlan(Map.of("requestsPerMinute", 2));
        Api caller = Api.anonymous().header("Authorization", "Bearer " + t.key().secret());
        int refused = 0;
        for (int i = 0; i < 12 && refused < 10; i++) {
            if (caller.get("/v1/models").status() == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(10);
        Api.Reply suspended = caller.get("/v1/models");
        assertOpenAiError(suspended, 403, "invalid_request_error", "api_key_suspended");
        assertThat(suspended.json().at("/error/message").asText()).contains("rate limit");

        assertThat(alerts(t.tenant().id()))
                .extracting(a -> a.get("kind").asText())
                .contains("key_suspended");
        assertThat(audit("api_key.suspended")).anySatisfy(e -> {
            assertThat(e.get("subject").asText()).isEqualTo("api_key:" + t.key().id());
            assertThat(e.get("actor").asText()).isEqualTo("system");
        });
        String keyPath =
                "/api/admin/tenants/" + t.tenant().id() + "/api-keys/" + t.key().id();
        assertThat(OPERATOR.get(keyPath).json().get("suspendedAt").isNull()).isFalse();

        assertThat(OPERATOR.post(keyPath + "/reinstate", Map.of()).status()).isEqualTo(400);
        Api.Reply reinstated = OPERATOR.post(keyPath + "/reinstate", Map.of("reason", "Client fixed its retry loop"));
        assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(200);
        JsonNode suspendedAt = reinstated.json().get("suspendedAt");
        assertThat(suspendedAt == null || suspendedAt.isNull())
                .as(reinstated.toString())
                .isTrue();
        // A plan change takes effect at once for limits: on a plan of 100/min the reinstated key is served.
        String larger = PlansIT.createPlan(OPERATOR, Map.of("requestsPerMinute", 100))
                .get("id")
                .asText();
        assertThat(OPERATOR.patch("/api/admin/tenants/" + t.tenant().id(), Map.of("planId", larger))
                        .status())
                .isEqualTo(200);
        Api.Reply served = caller.get("/v1/models");
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        assertThat(served.header("x-ratelimit-limit-requests")).isEqualTo("100");
        assertThat(audit("api_key.reinstated")).anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("operator:" + Api.OPERATOR_EMAIL);
            assertThat(e.get("reason").asText()).isEqualTo("Client fixed its retry loop");
        });
        assertThat(OPERATOR.post(keyPath + "/reinstate", Map.of("reason", "again"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    @DisplayName("the first calls of a new key, 32 at once from two addresses, are all answered, counted as two "
            + "addresses, and leave no error in the server's log")
    void firstUsesAtOnce() throws Exception {
        Opened t = onPlan(Map.of("requestsPerMinute", 1000));
        long mark = ServerLog.mark();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String from = i % 2 == 0 ? "127.0.0.20" : "127.0.0.21";
                calls.add(() -> {
                    start.await();
                    return RawHttp.getFrom(from, "/v1/models", t.key().secret()).status();
                });
            }
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Integer> f : futures) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        String logged = ServerLog.since(mark);
        assertThat(logged).doesNotContain("CNTR0020E").doesNotContain("duplicate key");
        // Two addresses recorded: a third one is allowed, a fourth shows the abuse.
        assertThat(RawHttp.getFrom("127.0.0.22", "/v1/models", t.key().secret()).status())
                .isEqualTo(200);
        assertThat(RawHttp.getFrom("127.0.0.23", "/v1/models", t.key().secret()).status())
                .isEqualTo(200);
        assertThat(audit("api_key.suspended"))
                .anySatisfy(e -> assertThat(e.get("subject").asText())
                        .isEqualTo("api_key:" + t.key().id()));
    }

    @Test
    @DisplayName("a key used from more addresses than allowed within the window is suspended")
    void manyAddresses() {
        Opened t = onPlan(Map.of("requestsPerMinute", 100));
        for (String from : List.of("127.0.0.10", "127.0.0.11", "127.0.0.12")) {
            assertThat(RawHttp.getFrom(from, "/v1/models", t.key().secret()).status())
                    .isEqualTo(200);
        }
        assertThat(RawHttp.getFrom("127.0.0.13", "/v1/models", t.key().secret()).status())
                .as("the call that shows the abuse is still answered")
                .isEqualTo(200);
        RawHttp.Answer after =
                RawHttp.getFrom("127.0.0.10", "/v1/models", t.key().secret());
        assertThat(after.status()).as(after.body()).isEqualTo(403);
        assertThat(after.body()).contains("api_key_suspended").contains("addresses");
        assertThat(alerts(t.tenant().id()))
                .extracting(a -> a.get("kind").asText())
                .containsExactly("key_suspended");
        assertThat(audit("api_key.suspended")).anySatisfy(e -> {
            assertThat(e.get("subject").asText()).isEqualTo("api_key:" + t.key().id());
            assertThat(e.get("reason").asText()).contains("4 addresses");
        });
    }

    @Test
    @DisplayName("an address failing to authenticate is blocked (429, Retry-After), even with a valid key; an "
            + "operator lifts the block; both are audited")
    void addressBlocked() {
        Opened t = onPlan(Map.of("requestsPerMinute", 1000));
        String from = "127.0.0.2";
        String wrong = "gk_live_" + "A".repeat(40);
        for (int i = 0; i < 40; i++) {
            assertThat(RawHttp.getFrom(from, "/v1/models", wrong).status()).isEqualTo(401);
        }
        RawHttp.Answer blocked = RawHttp.getFrom(from, "/v1/models", t.key().secret());
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(429);
        assertThat(blocked.body()).contains("address_blocked");
        assertThat(blocked.headers().toLowerCase()).containsPattern("retry-after: (\\d+)");
        assertThat(t.chat().status()).as("other addresses are not blocked").isEqualTo(200);

        Api.Reply blocks = OPERATOR.get("/api/admin/address-blocks");
        assertThat(blocks.json().get("items")).anySatisfy(b -> {
            assertThat(b.get("address").asText()).isEqualTo(from);
            assertThat(Instant.parse(b.get("blockedUntil").asText())).isAfter(Instant.now());
        });
        assertThat(OPERATOR.post("/api/admin/address-blocks/" + from + "/lift", Map.of())
                        .status())
                .isEqualTo(400);
        Api.Reply lifted = OPERATOR.post(
                "/api/admin/address-blocks/" + from + "/lift", Map.of("reason", "Office NAT, misconfigured client"));
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(204);
        assertThat(RawHttp.getFrom(from, "/v1/models", t.key().secret()).status())
                .isEqualTo(200);
        assertThat(OPERATOR.post("/api/admin/address-blocks/" + from + "/lift", Map.of("reason", "again"))
                        .status())
                .isEqualTo(404);
        assertThat(audit("address.blocked"))
                .anySatisfy(e -> assertThat(e.get("subject").asText()).isEqualTo("address:" + from));
        assertThat(audit("address.unblocked")).anySatisfy(e -> {
            assertThat(e.get("subject").asText()).isEqualTo("address:" + from);
            assertThat(e.get("reason").asText()).isEqualTo("Office NAT, misconfigured client");
        });
    }
}
