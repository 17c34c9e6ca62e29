package fr.guichet.dispatch.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.dispatch.provider.ProviderException.Failure;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HttpTransportTest {

    private final ProviderDouble provider = new ProviderDouble();

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    @DisplayName("every connection held by an open stream: the next call fails BUSY, not retried, not a TIMEOUT; "
            + "once the stream is closed, calls go through again")
    void poolExhaustedIsBusy() {
        HttpTransport transport = new HttpTransport(ProviderKind.OPENAI_COMPATIBLE, 1);
        URI uri = URI.create(provider.baseUrl("/v1") + "/chat/completions");
        provider.answerStreamStalledHalfway("text/event-stream", "data: {}\n\n" + ProviderDouble.ssePadding(1000));
        provider.answerJson(200, "{\"ok\":true}");

        LineStream open = transport.openLines(ProviderRequest.post(uri, "{}").build(), ProviderDouble.SHORT_TIMEOUT);
        assertThatThrownBy(
                        () -> transport.exchange(ProviderRequest.post(uri, "{}").build(), ProviderDouble.SHORT_TIMEOUT))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BUSY);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("all 1 connections");
                });

        open.close();
        HttpReply reply = transport.exchange(ProviderRequest.post(uri, "{}").build(), ProviderDouble.SHORT_TIMEOUT);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"ok\":true}");
    }
}
