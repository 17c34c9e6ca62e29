package fr.guichet.it;

import static fr.guichet.it.ChatFixture.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two Liberty servers on one PostgreSQL enforce one limit (runs in the PostgreSQL pass, with the second server
 * of the ear's {@code two-servers} profile). 64 clients, half on each server, all released at once.
 */
class TwoServersIT {

    static final String BASE_B = System.getProperty("guichet.base-url-b", "http://localhost:19180");
    private static final int CLIENTS = 64;
    private static final Api OPERATOR = Api.operator();

    private static ChatFixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
        fixture.awaitServing(BASE_B);
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** One chat call of the key {@code secret} to the server at {@code base}. */
    private static HttpResponse<String> chat(String base, String secret) throws Exception {
        String body = Api.write(Map.of("model", MODEL, "messages", List.of(Map.of("role", "user", "content", "Hi"))));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/v1/chat/completions"))
                        .header("Authorization", "Bearer " + secret)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * At least {@code rate} and at most {@code rate} plus one per server plus the whole requests refilled while the
     * calls ran (the bucket was created full) passed; every other answer is a 429 {@code rate_limit_exceeded} that
     * says when to retry.
     */
    private static void assertRateHeld(List<HttpResponse<String>> answers, int rate, long elapsedNanos) {
        long passed = answers.stream().filter(a -> a.statusCode() == 200).count();
        long refills = elapsedNanos / 1_000_000 / (60_000 / rate);
        assertThat(passed).isBetween((long) rate, rate + 2 + refills);
        assertThat(answers).filteredOn(a -> a.statusCode() != 200).allSatisfy(a -> {
            assertThat(a.statusCode()).as(a.body()).isEqualTo(429);
            assertThat(code(a)).isEqualTo("rate_limit_exceeded");
            assertThat(a.headers().firstValue("Retry-After")).isPresent();
        });
    }

    /** Each client sends one chat call, all at the same instant, half to server A and half to server B. */
    private static List<HttpResponse<String>> burst(String secret) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String base = i % 2 == 0 ? Api.BASE : BASE_B;
                calls.add(() -> {
                    start.await();
                    return chat(base, secret);
                });
            }
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String code(HttpResponse<String> answer) {
        try {
            JsonNode error = Api.JSON.readTree(answer.body()).get("error");
            return error == null ? null : error.get("code").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + answer.body(), e);
        }
    }

    @Test
    @DisplayName("server B is up on the same database and serves the same key")
    void secondServer() throws Exception {
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMinute", 1000));
        HttpResponse<String> models = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(BASE_B + "/v1/models"))
                                .header("Authorization", "Bearer " + t.key().secret())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(models.statusCode()).as(models.body()).isEqualTo(200);
    }

    @Test
    @DisplayName("a monthly quota of Q: exactly Q of 64 concurrent calls over two servers succeed, the rest get "
            + "insufficient_quota")
    void sharedQuota() throws Exception {
        int quota = 25;
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMonth", quota, "requestsPerMinute", 100_000));
        List<HttpResponse<String>> answers = burst(t.key().secret());
        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(quota);
        assertThat(answers).filteredOn(a -> a.statusCode() != 200).allSatisfy(a -> {
            assertThat(a.statusCode()).as(a.body()).isEqualTo(429);
            assertThat(code(a)).isEqualTo("insufficient_quota");
        });
        Api.Reply counters = OPERATOR.get("/api/admin/tenants/" + t.tenant().id() + "/quota");
        assertThat(counters.json().get("requests").asLong()).isEqualTo(quota);
        assertThat(UsageIT.assertClientRowMatchesReport(t.tenant())
                        .get("requests")
                        .asLong())
                .as("the rollups, written by both servers, count the calls exactly")
                .isEqualTo(quota);
    }

    @Test
    @DisplayName("a rate limit of R/min, one call at a time alternating between the servers: each server may take "
            + "one call from its own copy of the bucket, never more; the rest get rate_limit_exceeded")
    void sharedRateLimitOneCallAtATime() throws Exception {
        int rate = 10;
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMinute", rate));
        long start = System.nanoTime();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 3 * rate; i++) {
            answers.add(chat(i % 2 == 0 ? Api.BASE : BASE_B, t.key().secret()));
        }
        assertRateHeld(answers, rate, System.nanoTime() - start);
    }

    @Test
    @DisplayName("a rate limit of R/min: at most R calls (plus one per server of slack) of 64 concurrent calls "
            + "over two servers pass, the rest get rate_limit_exceeded")
    void sharedRateLimit() throws Exception {
        int rate = 10;
        LimitsIT.Opened t = LimitsIT.onPlan(Map.of("requestsPerMinute", rate));
        long start = System.nanoTime();
        List<HttpResponse<String>> answers = burst(t.key().secret());
        assertRateHeld(answers, rate, System.nanoTime() - start);
    }
}
