package fr.guichet.dispatch.v1;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.dispatch.chat.ChatResult;
import fr.guichet.dispatch.provider.ChatResponse;
import fr.guichet.dispatch.provider.Usage;
import fr.guichet.limits.domain.RateStatus;
import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChatCompletionWriterTest {

    private static ChatResult result(String finishReason) {
        return new ChatResult(
                new ChatResponse(
                        "provider-id-1",
                        "gpt-4o-mini-2024-07-18",
                        "Bonjour \"toi\"",
                        finishReason,
                        Usage.reported(12, 5)),
                "p-1",
                "OpenAI",
                "gpt-4o-mini",
                false,
                new RateStatus(true, 60, 59, 1_000_000_000L, 0));
    }

    @Test
    @DisplayName("a complete answer has OpenAI's exact shape, with Guichet's id and the model that answered")
    void completion() {
        String json = ChatCompletionWriter.completion("chatcmpl-abc", 1_767_225_600L, result("length"))
                .toString();
        assertThat(json)
                .isEqualTo("{\"id\":\"chatcmpl-abc\",\"object\":\"chat.completion\",\"created\":1767225600,"
                        + "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"Bonjour \\\"toi\\\"\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"length\"}],"
                        + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5,\"total_tokens\":17}}");
    }

    @Test
    @DisplayName("a missing finish reason is written as stop")
    void defaultFinish() {
        assertThat(ChatCompletionWriter.completion("chatcmpl-abc", 1L, result(" "))
                        .toString())
                .contains("\"finish_reason\":\"stop\"");
    }

    @Test
    @DisplayName("the chunks of a stream have OpenAI's exact shapes: role first, deltas, finish, usage")
    void chunks() {
        ChatChunkWriter chunks = new ChatChunkWriter("chatcmpl-xyz", 1_767_225_600L, "llama3");
        String header = "{\"id\":\"chatcmpl-xyz\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,"
                + "\"model\":\"llama3\",";
        assertThat(chunks.first().toString())
                .isEqualTo(header + "\"choices\":[{\"index\":0,\"delta\":{\"role\":"
                        + "\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}");
        assertThat(chunks.delta("Hel\nlo").toString())
                .isEqualTo(header + "\"choices\":[{\"index\":0,\"delta\":"
                        + "{\"content\":\"Hel\\nlo\"},\"logprobs\":null,\"finish_reason\":null}]}");
        assertThat(chunks.finish("stop").toString())
                .isEqualTo(header + "\"choices\":[{\"index\":0,\"delta\":{},"
                        + "\"logprobs\":null,\"finish_reason\":\"stop\"}]}");
        assertThat(chunks.finish(null).toString()).contains("\"finish_reason\":\"stop\"");
        String awkward = "«quoted \"text\"», a back\\slash, a tab\t, a control \u0001 and an emoji \uD83D\uDE00";
        assertThat(Json.createReader(new StringReader(chunks.delta(awkward)))
                        .readObject()
                        .getJsonArray("choices")
                        .getJsonObject(0)
                        .getJsonObject("delta")
                        .getString("content"))
                .isEqualTo(awkward);
        assertThat(chunks.usage(new Usage(3, 4, true)).toString())
                .isEqualTo(header + "\"choices\":[],\"usage\":"
                        + "{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}}");
    }

    @Test
    @DisplayName("an error mid-stream is OpenAI's error object with code stream_interrupted")
    void streamError() {
        assertThat(ChatChunkWriter.error("OpenAI stopped answering").toString())
                .isEqualTo(
                        "{\"error\":{\"message\":"
                                + "\"OpenAI stopped answering\",\"type\":\"server_error\",\"param\":null,\"code\":\"stream_interrupted\"}}");
    }
}
