package fr.guichet.it;

import static fr.guichet.it.ChatFixture.MODEL;
import static fr.guichet.it.ChatFixture.header;
import static fr.guichet.it.ChatFixture.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.models.chat.completions.ChatCompletion;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's circuit breaker: a provider failing call after call stops being called (its circuit
 * opens, answers come from the fallback at once) and is called again once it recovers (the circuit closes).
 * Ollama's circuit is not touched meanwhile: circuits are per provider. The end-to-end server runs with a
 * 3 s breaker delay (ear/src/test/liberty/server.env) instead of the default 15 s, counted on the server's clock,
 * which the test moves past it rather than waiting.
 */
class ChatCircuitIT {

    private static ChatFixture fixture;
    private static OpenAIClient client;

    @BeforeAll
    static void setUp() {
        fixture = ChatFixture.install();
        client = ChatFixture.client(fixture.key().secret());
    }

    @AfterAll
    static void tearDown() {
        try {
            fixture.awaitOpenAiAnswering();
        } finally {
            fixture.close();
        }
    }

    @Test
    @DisplayName("after repeated failures OpenAI is no longer called; once it recovers it answers again")
    void opensAndCloses() {
        fixture.awaitOpenAiAnswering();
        fixture.openAi().answer(OpenAiDouble.Mode.SERVER_ERROR);
        // 3 failed calls among a provider's last 5 open its circuit (each call counted once, after its retry).
        for (int i = 0; i < 6; i++) {
            assertThat(providerOf(answer())).isEqualTo("Ollama");
        }
        int callsWhenOpen = fixture.openAi().chatCalls();
        for (int i = 0; i < 3; i++) {
            assertThat(providerOf(answer())).isEqualTo("Ollama");
        }
        assertThat(fixture.openAi().chatCalls())
                .as("an open circuit keeps calls away from OpenAI")
                .isEqualTo(callsWhenOpen);

        fixture.openAi().answer(OpenAiDouble.Mode.ANSWER);
        // The circuit's delay (3 s) is counted on the server's clock: moved past it, the next call is OpenAI's trial.
        TestClock.shift(Duration.ofSeconds(30));
        try {
            assertThat(providerOf(answer())).isEqualTo("OpenAI");
            assertThat(providerOf(answer())).isEqualTo("OpenAI");
        } finally {
            TestClock.shift(Duration.ZERO);
        }
        assertThat(fixture.openAi().chatCalls()).isEqualTo(callsWhenOpen + 2);
    }

    private static HttpResponseFor<ChatCompletion> answer() {
        HttpResponseFor<ChatCompletion> raw =
                client.chat().completions().withRawResponse().create(params(MODEL));
        assertThat(raw.statusCode()).isEqualTo(200);
        return raw;
    }

    private static String providerOf(HttpResponseFor<ChatCompletion> raw) {
        try (raw) {
            return header(raw.headers(), "x-guichet-provider");
        }
    }
}
