package fr.guichet.dispatch.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.dispatch.provider.ProviderException.Failure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpenAiChunkReaderTest {

    private final List<String> deltas = new ArrayList<>();
    private String finish;
    private Usage usage;
    private final StreamState state = new StreamState(
            ProviderKind.OPENAI_COMPATIBLE,
            new ProviderEndpoint("http://127.0.0.1:1/v1", "sk-test-key-0000", Duration.ofSeconds(5)),
            ChatRequest.of("gpt-4o-mini", List.of(ChatMessage.user("Hello there"))),
            new StreamListener() {
                @Override
                public void onDelta(String text) {
                    deltas.add(text);
                }

                @Override
                public void onComplete(String finishReason, Usage counts) {
                    finish = finishReason;
                    usage = counts;
                }
            });

    private void read(String... chunks) {
        for (String chunk : chunks) {
            OpenAiChunkReader.read(chunk, state);
        }
        state.complete();
    }

    @Test
    @DisplayName("OpenAI's chunks: the role chunk, content deltas, the finish reason, then the usage chunk")
    void openAiChunks() {
        String head = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1741570283,"
                + "\"model\":\"gpt-4o-mini\",\"service_tier\":\"default\",\"system_fingerprint\":\"fp_1\",\"choices\":";
        read(
                head + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null},"
                        + "\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}",
                head + "[{\"index\":0,\"delta\":{\"content\":\"Bon\\\"jour\\n\"},\"logprobs\":{\"content\":[{\"token\":"
                        + "\"Bon\",\"logprob\":-0.1,\"bytes\":[66,111,110],\"top_logprobs\":[]}]},"
                        + "\"finish_reason\":null}],\"usage\":null}",
                head + "[{\"index\":0,\"delta\":{\"content\":\" à toi\"},\"finish_reason\":null}]}",
                head + "[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"length\"}],\"usage\":null}",
                head + "[],\"usage\":{\"prompt_tokens\":27,\"completion_tokens\":42,\"total_tokens\":69,"
                        + "\"prompt_tokens_details\":{\"cached_tokens\":0},\"completion_tokens_details\":"
                        + "{\"reasoning_tokens\":0}}}");
        assertThat(deltas).containsExactly("Bon\"jour\n", " à toi");
        assertThat(finish).isEqualTo("length");
        assertThat(usage).isEqualTo(Usage.reported(27, 42));
    }

    @Test
    @DisplayName("Groq's usage under x_groq, and only the first choice's text is taken")
    void groqUsageAndFirstChoice() {
        read(
                "{\"choices\":[\"not an object\",{\"index\":0,\"delta\":{\"content\":\"first\"}},"
                        + "{\"index\":1,\"delta\":{\"content\":\"second\"}}]}",
                "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                        + "\"x_groq\":{\"id\":\"req_1\",\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":7}}}");
        assertThat(deltas).containsExactly("first");
        assertThat(finish).isEqualTo("stop");
        assertThat(usage).isEqualTo(Usage.reported(5, 7));
    }

    @Test
    @DisplayName("a usage object, even without counts, is the chunk's usage; a null one leaves Groq's x_groq.usage")
    void usageObjectWinsOverGroq() {
        OpenAiChunkReader.read(
                "{\"choices\":[],\"usage\":{},\"x_groq\":{\"usage\":{\"prompt_tokens\":5,"
                        + "\"completion_tokens\":7}}}",
                state);
        OpenAiChunkReader.read("{\"choices\":[{\"delta\":{\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}", state);
        state.complete();
        assertThat(usage.estimated()).isTrue();

        OpenAiChunkReaderTest other = new OpenAiChunkReaderTest();
        other.read("{\"choices\":[{\"delta\":{\"content\":\"Hi\"},\"finish_reason\":\"stop\"}],\"usage\":null,"
                + "\"x_groq\":{\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":7}}}");
        assertThat(other.usage).isEqualTo(Usage.reported(5, 7));
    }

    @Test
    @DisplayName("fields of an unexpected type read as absent: no delta, no finish, the usage estimated")
    void unexpectedTypes() {
        read(
                "{\"choices\":{\"delta\":{\"content\":\"not in an array\"}}}",
                "{\"choices\":[{\"delta\":{\"content\":null},\"finish_reason\":7}]}",
                "{\"choices\":[{\"delta\":\"text\"}],\"usage\":{\"prompt_tokens\":\"27\",\"completion_tokens\":4}}",
                "{\"usage\":[1,2],\"x_groq\":[]}");
        assertThat(deltas).isEmpty();
        assertThat(finish).isEqualTo(FinishReasons.STOP);
        assertThat(usage.estimated()).isTrue();
    }

    @Test
    @DisplayName("an error object in the stream is the provider's error, with its message")
    void errorObject() {
        assertThatThrownBy(() -> OpenAiChunkReader.read(
                        "{\"error\":{\"message\":\"The server is overloaded\","
                                + "\"type\":\"server_error\",\"code\":null}}",
                        state))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.getMessage()).contains("The server is overloaded"));
        assertThat(deltas).isEmpty();
    }

    @Test
    @DisplayName("text that is not a JSON object is a SERVER_ERROR, and a broken chunk delivers nothing of itself")
    void notAnObject() {
        for (String data : List.of(
                "not json",
                "[1,2]",
                "\"text\"",
                "{\"choices\":[{\"delta\":{\"content\":\"cut",
                "{\"choices\":[{\"delta\":{\"content\":\"x\"}}]",
                "{\"choices\":[{\"delta\":{\"content\":\"x\"}}],\"usage\":{\"prompt_tokens\":1e9999999999,"
                        + "\"completion_tokens\":1}}")) {
            assertThatThrownBy(() -> OpenAiChunkReader.read(data, state))
                    .as(data)
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR));
        }
        assertThat(deltas).isEmpty();
    }
}
