package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The end-to-end servers' clock, which their configuration lets tests move ({@code PUT /api/admin/test/clock}):
 * shifted from real time by an offset; an offset of zero puts it back.
 */
final class TestClock {

    /** Every server of the run: the second one too when the run has two. */
    static final List<String> SERVERS = System.getProperty("guichet.base-url-b") == null
            ? List.of(Api.BASE)
            : List.of(Api.BASE, System.getProperty("guichet.base-url-b"));

    private TestClock() {}

    /** Sets every server's clock to real time plus {@code offset}. */
    static void shift(Duration offset) {
        for (String server : SERVERS) {
            Api.Reply shifted = Api.operatorAt(server)
                    .send(
                            HttpRequest.newBuilder(URI.create(server + "/api/admin/test/clock")),
                            "PUT",
                            Map.of("offsetSeconds", offset.toSeconds()),
                            "application/json");
            assertThat(shifted.status()).as(shifted.toString()).isEqualTo(200);
        }
    }
}
