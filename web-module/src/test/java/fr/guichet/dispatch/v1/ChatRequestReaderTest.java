package fr.guichet.dispatch.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.provider.ChatMessage;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChatRequestReaderTest {

    private static final String MESSAGES = "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]";

    private static ChatCompletionRequest read(String json) {
        return ChatRequestReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A body with the model and one user message, plus the given fields. */
    private static ChatCompletionRequest with(String fields) {
        return read("{\"model\":\"gpt-4o-mini\"," + MESSAGES + (fields.isEmpty() ? "" : "," + fields) + "}");
    }

    private static void assertRefused(ThrowingCallable call, String param, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).hasSize(1);
            assertThat(e.violations().get(0).field()).isEqualTo(param);
            assertThat(e.violations().get(0).message()).contains(messagePart);
        });
    }

    @Test
    @DisplayName("a minimal request reads with the providers' defaults, not streamed")
    void minimal() {
        ChatCompletionRequest read = with("");
        assertThat(read.request().model()).isEqualTo("gpt-4o-mini");
        assertThat(read.request().messages()).containsExactly(ChatMessage.user("Hi"));
        assertThat(read.request().temperature()).isNull();
        assertThat(read.request().topP()).isNull();
        assertThat(read.request().maxTokens()).isNull();
        assertThat(read.request().stop()).isEmpty();
        assertThat(read.request().user()).isNull();
        assertThat(read.stream()).isFalse();
        assertThat(read.includeUsage()).isFalse();
    }

    @Test
    @DisplayName("every supported field is read; unknown fields and JSON nulls are ignored")
    void allFields() {
        ChatCompletionRequest read = with("\"temperature\":0.7,\"top_p\":1,\"max_tokens\":50,\"stop\":[\"END\",\"##\"],"
                + "\"user\":\"u-42\",\"n\":1,\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                + "\"frequency_penalty\":0.5,\"seed\":7,\"logit_bias\":{\"1\":2},\"presence_penalty\":null");
        assertThat(read.request().temperature()).isEqualTo(0.7);
        assertThat(read.request().topP()).isEqualTo(1.0);
        assertThat(read.request().maxTokens()).isEqualTo(50);
        assertThat(read.request().stop()).containsExactly("END", "##");
        assertThat(read.request().user()).isEqualTo("u-42");
        assertThat(read.stream()).isTrue();
        assertThat(read.includeUsage()).isTrue();
        assertThat(with("\"temperature\":null,\"stop\":null,\"stream\":null")
                        .request()
                        .stop())
                .isEmpty();
    }

    @Test
    @DisplayName("stop is a string or an array of at most four strings")
    void stop() {
        assertThat(with("\"stop\":\"\\n\"").request().stop()).containsExactly("\n");
        assertThat(with("\"stop\":[\"a\",\"b\",\"c\",\"d\"]").request().stop()).hasSize(4);
        assertRefused(() -> with("\"stop\":[\"a\",\"b\",\"c\",\"d\",\"e\"]"), "stop", "maximum length 4");
        assertRefused(() -> with("\"stop\":[\"a\",3]"), "stop[1]", "expected a string");
        assertRefused(() -> with("\"stop\":5"), "stop", "expected one of a string or an array");
    }

    @Test
    @DisplayName("content is a string or an array of text parts, joined by a newline")
    void contentParts() {
        ChatCompletionRequest read = read("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
                + "[{\"type\":\"text\",\"text\":\"Hello\"},{\"type\":\"text\",\"text\":\"world\"}]}]}");
        assertThat(read.request().messages().get(0).content()).isEqualTo("Hello\nworld");
        assertRefused(
                () -> read("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":"
                        + "\"image_url\",\"image_url\":{\"url\":\"https://x.test/a.png\"}}]}]}"),
                "messages[0].content[0].type",
                "not supported yet");
        assertRefused(
                () -> read(
                        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":" + "\"text\"}]}]}"),
                "messages[0].content[0].text",
                "Missing required parameter");
        assertRefused(
                () -> read("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[]}]}"),
                "messages[0].content",
                "empty array");
        assertRefused(
                () -> read("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":42}]}"),
                "messages[0].content",
                "expected one of a string or an array, but got an integer");
        assertRefused(
                () -> read("{\"model\":\"m\",\"messages\":[{\"role\":\"user\"}]}"),
                "messages[0].content",
                "Missing required parameter: 'messages[0].content'");
    }

    @Test
    @DisplayName("roles system, developer (read as system), user and assistant; tool roles and others are refused")
    void roles() {
        ChatCompletionRequest read =
                read("{\"model\":\"m\",\"messages\":[{\"role\":\"developer\",\"content\":\"Be brief\"},"
                        + "{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"Q\"},"
                        + "{\"role\":\"assistant\",\"content\":\"A\",\"name\":\"bot\"}]}");
        assertThat(read.request().messages())
                .containsExactly(
                        ChatMessage.system("Be brief"),
                        ChatMessage.system("S"),
                        ChatMessage.user("Q"),
                        ChatMessage.assistant("A"));
        assertRefused(
                () -> read("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Q\"},"
                        + "{\"role\":\"tool\",\"content\":\"42\",\"tool_call_id\":\"c1\"}]}"),
                "messages[1].role",
                "not supported yet");
        assertRefused(
                () -> read("{\"model\":\"m\",\"messages\":[{\"role\":\"function\",\"content\":\"x\"}]}"),
                "messages[0].role",
                "not supported yet");
        assertRefused(
                () -> read("{\"model\":\"m\",\"messages\":[{\"role\":\"robot\",\"content\":\"x\"}]}"),
                "messages[0].role",
                "Invalid value: 'robot'");
        assertRefused(
                () -> read("{\"model\":\"m\",\"messages\":[{\"content\":\"x\"}]}"),
                "messages[0].role",
                "Missing required parameter");
        assertRefused(() -> read("{\"model\":\"m\",\"messages\":[\"hello\"]}"), "messages[0]", "expected an object");
        assertRefused(
                () -> read("{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"content\":\"x\","
                        + "\"tool_calls\":[{\"id\":\"c1\"}]}]}"),
                "messages[0].tool_calls",
                "not supported yet");
    }

    @Test
    @DisplayName("model and messages are required; messages is a non-empty array")
    void required() {
        assertRefused(() -> read("{" + MESSAGES + "}"), "model", "Missing required parameter: 'model'");
        assertRefused(() -> read("{\"model\":\" \"," + MESSAGES + "}"), "model", "empty");
        assertRefused(() -> read("{\"model\":7," + MESSAGES + "}"), "model", "expected a string, but got an integer");
        assertRefused(() -> read("{\"model\":\"m\"}"), "messages", "Missing required parameter: 'messages'");
        assertRefused(() -> read("{\"model\":\"m\",\"messages\":null}"), "messages", "Missing required parameter");
        assertRefused(() -> read("{\"model\":\"m\",\"messages\":[]}"), "messages", "empty array");
        assertRefused(() -> read("{\"model\":\"m\",\"messages\":\"Hi\"}"), "messages", "expected an array");
    }

    @Test
    @DisplayName("temperature is within 0–2 and top_p within 0–1, both decimals")
    void ranges() {
        assertThat(with("\"temperature\":0,\"top_p\":0").request().temperature())
                .isZero();
        assertThat(with("\"temperature\":2").request().temperature()).isEqualTo(2.0);
        assertRefused(() -> with("\"temperature\":5"), "temperature", "Expected a value <= 2, but got 5 instead");
        assertRefused(() -> with("\"temperature\":-0.1"), "temperature", "Expected a value >= 0");
        assertRefused(() -> with("\"temperature\":\"hot\""), "temperature", "expected a decimal, but got a string");
        assertRefused(() -> with("\"top_p\":1.5"), "top_p", "decimal above maximum value");
    }

    @Test
    @DisplayName("max_completion_tokens wins over max_tokens; both are positive integers")
    void maxTokens() {
        assertThat(with("\"max_completion_tokens\":30").request().maxTokens()).isEqualTo(30);
        assertThat(with("\"max_tokens\":10,\"max_completion_tokens\":30")
                        .request()
                        .maxTokens())
                .isEqualTo(30);
        assertRefused(() -> with("\"max_tokens\":0"), "max_tokens", "Expected a value >= 1");
        assertRefused(() -> with("\"max_tokens\":2.5"), "max_tokens", "expected an integer, but got a decimal");
        assertRefused(() -> with("\"max_completion_tokens\":99999999999"), "max_completion_tokens", "maximum");
    }

    @Test
    @DisplayName("n other than 1, tools, a non-boolean stream and stream_options without streaming are refused")
    void unsupported() {
        assertThat(with("\"n\":1,\"tools\":[]").stream()).isFalse();
        assertRefused(() -> with("\"n\":2"), "n", "only one choice");
        assertRefused(
                () -> with("\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}]"),
                "tools",
                "not supported yet");
        assertRefused(() -> with("\"functions\":[{\"name\":\"f\"}]"), "functions", "not supported yet");
        assertRefused(() -> with("\"stream\":\"yes\""), "stream", "expected a boolean");
        assertRefused(
                () -> with("\"stream_options\":{\"include_usage\":true}"),
                "stream_options",
                "only allowed when 'stream' is enabled");
        assertRefused(
                () -> with("\"stream\":true,\"stream_options\":{\"include_usage\":1}"),
                "stream_options.include_usage",
                "expected a boolean");
        assertRefused(() -> with("\"stream\":true,\"stream_options\":[]"), "stream_options", "expected an object");
        assertRefused(() -> with("\"user\":42"), "user", "expected a string");
    }

    @Test
    @DisplayName("a body that is not JSON, or not a JSON object, is an invalid request with OpenAI's message")
    void malformed() {
        for (String body : new String[] {"", "{", "{\"model\":", "not json", "{\"model\":\"m\"} trailing"}) {
            assertThatThrownBy(() -> read(body)).as(body).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                assertThat(e.getMessage()).startsWith("We could not parse the JSON body of your request.");
            });
        }
        assertThatThrownBy(() -> read("[1,2]")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
            assertThat(e.getMessage()).contains("must be a JSON object");
        });
    }

    @Test
    @DisplayName("a body nested 1,000 levels deep in an unknown field is an invalid request, not a stack overflow")
    void tooDeep() {
        assertThatThrownBy(() -> with("\"x\":" + "[".repeat(1000) + "]".repeat(1000)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.getMessage()).contains("deeper than 32 levels");
                });
        assertThat(with("\"x\":" + "[".repeat(30) + "]".repeat(30)).request().model())
                .isEqualTo("gpt-4o-mini");
    }
}
