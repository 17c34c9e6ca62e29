package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Strangers guessing the operator's password (docs/security.md): they are slowed down, the operator is not locked
 * out, neither on the admin API nor in the console.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInIT {

    private static final String OPERATOR = System.getProperty("guichet.admin.email", "ops@guichet.test");

    @Test
    @Order(1)
    @DisplayName("a stranger failing five times on the operator's account waits (429, Retry-After); the operator "
            + "keeps working, from its own address and from a new one")
    void strangerFromOneAddress() {
        String stranger = "127.0.0.60";
        for (int i = 0; i < 5; i++) {
            RawHttp.Answer answer =
                    RawHttp.getFromWith(stranger, "/api/admin/tenants", Api.basicHeader(OPERATOR, "guess-" + i));
            assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        }
        RawHttp.Answer slowed =
                RawHttp.getFromWith(stranger, "/api/admin/tenants", Api.basicHeader(OPERATOR, "guess-5"));
        assertThat(slowed.status()).as(slowed.body()).isEqualTo(429);
        assertThat(slowed.headers()).containsIgnoringCase("Retry-After:");
        assertThat(slowed.body()).contains("TOO_MANY_ATTEMPTS").doesNotContain("Exception");

        assertThat(Api.operator().get("/api/admin/tenants").status()).isEqualTo(200);
        RawHttp.Answer newAddress = RawHttp.getFromWith(
                "127.0.0.61",
                "/api/admin/tenants",
                Api.basicHeader(OPERATOR, System.getProperty("guichet.admin.password")));
        assertThat(newAddress.status()).as(newAddress.body()).isEqualTo(200);
    }

    @Test
    @Order(2) // it slows the account down for new addresses for a while
    @DisplayName("strangers failing from thirty addresses slow the operator's account down for new addresses, "
            + "never for the address the operator signed in from")
    void strangersFromManyAddresses() {
        assertThat(Api.operator().get("/api/admin/tenants").status()).isEqualTo(200);
        int slowed = 0;
        for (int i = 0; i < 30; i++) {
            RawHttp.Answer answer = RawHttp.getFromWith(
                    "127.0.1." + (10 + i), "/api/admin/tenants", Api.basicHeader(OPERATOR, "guess-" + i));
            assertThat(answer.status()).as(answer.body()).isIn(401, 429);
            slowed += answer.status() == 429 ? 1 : 0;
        }
        assertThat(slowed)
                .as("attempts slowed down once the account had 20 failures")
                .isPositive();
        for (int i = 0; i < 3; i++) {
            assertThat(Api.operator().get("/api/admin/tenants").status())
                    .as("the operator, from the address it signed in from")
                    .isEqualTo(200);
        }
    }
}
