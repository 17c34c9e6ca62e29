package fr.guichet.tenancy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        TenancyConfig config = new TenancyConfig();
        config.maxFailuresPerAccount = 3;
        config.maxFailuresPerAddress = 5;
        config.accountSlowdownAfter = 6;
        config.accountSlowInterval = Duration.ofMinutes(1);
        config.loginWindow = Duration.ofMinutes(15);
        throttle = new LoginThrottle();
        throttle.config = config;
        throttle.init();
    }

    private void fail(String account, String address) {
        throttle.checkAllowed(account, address, null);
        throttle.recordFailure(account, address);
    }

    private static void assertRefused(Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS);
            assertThat(e.retryAfter())
                    .hasValueSatisfying(d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        });
    }

    @Test
    @DisplayName("after the allowed failures on an account, that address waits and is told how long; another "
            + "address still tries the account")
    void accountAndAddress() {
        for (int i = 0; i < 3; i++) {
            fail("acme/jane", "10.0.0.1");
        }
        assertRefused(() -> throttle.checkAllowed("acme/jane", "10.0.0.1", null));
        assertThatCode(() -> throttle.checkAllowed("acme/jane", "10.0.0.9", null))
                .doesNotThrowAnyException();
        assertThatCode(() -> throttle.checkAllowed("acme/joe", "10.0.0.1", null))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("one address guessing across many accounts is stopped")
    void addressLimit() {
        for (int i = 0; i < 5; i++) {
            fail("acme/user" + i, "10.0.0.2");
        }
        assertRefused(() -> throttle.checkAllowed("acme/someone-else", "10.0.0.2", null));
        assertThatCode(() -> throttle.checkAllowed("acme/someone-else", "10.0.0.3", null))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("many addresses failing on one account slow it down to one attempt at a time from new addresses; "
            + "the addresses it signed in from are not slowed")
    void distributedGuessing() {
        throttle.recordSuccess("ops", "10.0.1.1");
        for (int i = 0; i < 6; i++) {
            fail("ops", "10.0.2." + i);
        }
        assertThatCode(() -> throttle.checkAllowed("ops", "10.0.3.1", null))
                .as("the first attempt of the interval passes")
                .doesNotThrowAnyException();
        assertRefused(() -> throttle.checkAllowed("ops", "10.0.3.2", null));
        for (int i = 0; i < 10; i++) {
            assertThatCode(() -> throttle.checkAllowed("ops", "10.0.1.1", null))
                    .as("an address the account signed in from")
                    .doesNotThrowAnyException();
            assertThatCode(() -> throttle.checkAllowed("ops", "10.0.4.4", "10.0.4.4"))
                    .as("the address the account last signed in from")
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> throttle.checkAllowed("other", "10.0.3.2", null))
                .as("other accounts are not slowed")
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a successful sign-in forgets the failures of its address on the account")
    void successResets() {
        throttle.recordFailure("acme/jane", "10.0.0.1");
        throttle.recordFailure("acme/jane", "10.0.0.1");
        throttle.recordSuccess("acme/jane", "10.0.0.1");
        throttle.recordFailure("acme/jane", "10.0.0.1");
        throttle.recordFailure("acme/jane", "10.0.0.1");
        assertThatCode(() -> throttle.checkAllowed("acme/jane", "10.0.0.1", null))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("IPv6 addresses of one /64 network count as one source")
    void ipv6Networks() {
        assertThat(LoginThrottle.source("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(LoginThrottle.source("2001:db8:1:2:bbbb:cccc:dddd:eeee")).isEqualTo("2001:db8:1:2::/64");
        assertThat(LoginThrottle.source("203.0.113.9")).isEqualTo("203.0.113.9");
        for (int i = 0; i < 3; i++) {
            fail("acme/jane", "2001:db8:1:2::" + Integer.toHexString(100 + i));
        }
        assertRefused(() -> throttle.checkAllowed("acme/jane", "2001:db8:1:2:ffff::9", null));
        assertThatCode(() -> throttle.checkAllowed("acme/jane", "2001:db8:1:3::1", null))
                .doesNotThrowAnyException();
    }
}
