package fr.guichet.billing.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.erp.DolibarrException.Kind;
import jakarta.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Dolibarr's answers, as its versions give them, turned into outcomes the sync can act on. */
class DolibarrTest {

    static final String KEY = "secret-api-key-123456";

    MockWebServer server = new MockWebServer();
    Dolibarr dolibarr;

    @BeforeEach
    void start() throws IOException {
        server.start();
        String base = server.url("/").toString();
        dolibarr = new Dolibarr(base, KEY, Duration.ofMillis(800));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void answer(int status, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build());
    }

    private RecordedRequest sent() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("a third party is looked up by ref_ext with sqlfilters and the key in DOLAPIKEY; 404 and [] are empty")
    void lookupByRefExt() throws Exception {
        answer(404, "{\"error\":{\"code\":404,\"message\":\"Not Found: Thirdparties not found\"}}");
        assertThat(dolibarr.thirdPartyByRefExt("tenant-42")).isEmpty();
        RecordedRequest request = sent();
        assertThat(request.getHeaders().get("DOLAPIKEY")).isEqualTo(KEY);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/index.php/thirdparties");
        assertThat(request.getUrl().queryParameter("sqlfilters")).isEqualTo("(t.ref_ext:=:'tenant-42')");

        answer(200, "[]");
        assertThat(dolibarr.invoiceByRefExt("F-2026-000001")).isEmpty();
        answer(200, "[{\"id\":\"7\",\"ref_ext\":\"tenant-42\"}]");
        assertThat(dolibarr.thirdPartyByRefExt("tenant-42"))
                .get()
                .extracting(o -> o.getString("id"))
                .isEqualTo("7");
    }

    @Test
    @DisplayName("creations answer a bare id (or a numeric string); 304 on validate means already validated")
    void idsAndValidate() {
        answer(200, "12");
        assertThat(dolibarr.createInvoice(
                        Json.createObjectBuilder().add("socid", 1).build()))
                .isEqualTo(12);
        answer(200, "\"13\"");
        assertThat(dolibarr.createThirdParty(
                        Json.createObjectBuilder().add("name", "A").build()))
                .isEqualTo(13);
        server.enqueue(new MockResponse.Builder().code(304).build());
        assertThat(dolibarr.validate(12)).isEmpty();
        answer(200, "{\"id\":\"12\",\"ref\":\"FA2612-0001\",\"statut\":\"1\"}");
        assertThat(dolibarr.validate(12))
                .get()
                .extracting(o -> o.getString("ref"))
                .isEqualTo("FA2612-0001");
    }

    @Test
    @DisplayName("401 halts (the key), 403 and 4xx refuse with Dolibarr's words, a bare 5xx is retried, a 5xx with"
            + " Restler's details is a refusal")
    void failures() {
        answer(401, "{\"error\":{\"code\":401,\"message\":\"Unauthorized: Error user not valid\"}}");
        assertThatThrownBy(() -> dolibarr.status()).isInstanceOfSatisfying(DolibarrException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.KEY_REFUSED);
            assertThat(e.getMessage()).contains("401", "Error user not valid").doesNotContain(KEY);
        });
        answer(403, "<html><body><h1>Access refused</h1> SQL injection attempt</body></html>");
        assertThatThrownBy(() -> dolibarr.invoice(3)).isInstanceOfSatisfying(DolibarrException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.REFUSED);
            assertThat(e.getMessage()).contains("Access refused").doesNotContain("<h1>");
        });
        answer(500, "{\"error\":{\"code\":500,\"message\":\"Internal Server Error: Error when validating Invoice\"}}");
        assertThatThrownBy(() -> dolibarr.validate(3))
                .isInstanceOfSatisfying(
                        DolibarrException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
        answer(
                500,
                "{\"error\":{\"code\":500,\"message\":\"Internal Server Error: Error creating thirdparty\","
                        + "\"0\":\"ErrorProdIdAlreadyExist\",\"1\":\"SIREN 732829320\"}}");
        assertThatThrownBy(() -> dolibarr.createThirdParty(
                        Json.createObjectBuilder().add("name", "A").build()))
                .isInstanceOfSatisfying(DolibarrException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.REFUSED);
                    assertThat(e.getMessage()).contains("Error creating thirdparty", "ErrorProdIdAlreadyExist");
                });
        answer(500, "{\"error\":{\"code\":500,\"message\":\"Bad data\"},\"errors\":[\"Duplicate SIREN\"]}");
        assertThatThrownBy(() -> dolibarr.createThirdParty(
                        Json.createObjectBuilder().add("name", "A").build()))
                .isInstanceOfSatisfying(DolibarrException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.REFUSED);
                    assertThat(e.getMessage()).contains("Duplicate SIREN");
                });
    }

    @Test
    @DisplayName("PHP warnings before the JSON are skipped; an answer that is not JSON is retried, not a crash")
    void defensiveParsing() {
        answer(200, "<br />\n<b>Warning</b>: Undefined array key \"x\" in api_invoices.class.php<br />\n42");
        assertThat(dolibarr.createInvoice(
                        Json.createObjectBuilder().add("socid", 1).build()))
                .isEqualTo(42);
        answer(200, "<html>maintenance</html>");
        assertThatThrownBy(() -> dolibarr.status()).isInstanceOfSatisfying(DolibarrException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(e.getMessage()).contains("not JSON", "maintenance");
        });
    }

    @Test
    @DisplayName("a silent Dolibarr times out and an absent one cannot be reached: both retried later")
    void unreachable() throws IOException {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("1")
                .headersDelay(3, TimeUnit.SECONDS)
                .build());
        assertThatThrownBy(
                        () -> dolibarr.createInvoice(Json.createObjectBuilder().build()))
                .isInstanceOfSatisfying(DolibarrException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("did not answer");
                });
        String base = server.url("/").toString();
        server.close();
        Dolibarr gone = new Dolibarr(base, KEY, Duration.ofMillis(800));
        assertThatThrownBy(gone::status).isInstanceOfSatisfying(DolibarrException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
            assertThat(e.getMessage()).contains("cannot be reached");
        });
    }

    @Test
    @DisplayName("numbers come as strings, numbers or nothing")
    void numbers() {
        var invoice = Json.createObjectBuilder()
                .add("remaintopay", "358.8")
                .add("total_ttc", "358.80000000")
                .add("totalpaid", 0)
                .addNull("paye")
                .build();
        assertThat(Dolibarr.number(invoice, "remaintopay")).isEqualByComparingTo("358.80");
        assertThat(Dolibarr.number(invoice, "total_ttc")).isEqualByComparingTo("358.80");
        assertThat(Dolibarr.number(invoice, "totalpaid")).isEqualByComparingTo("0");
        assertThat(Dolibarr.number(invoice, "paye")).isNull();
        assertThat(Dolibarr.string(invoice, "totalpaid")).isEqualTo("0");
    }
}
