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
        config.loginWindow = Duration.ofMinutes(15);
        throttle = new LoginThrottle();
        throttle.config = config;
        throttle.init();
    }

    @Test
    @DisplayName("after the allowed failures on an account, it must wait, and is told how long")
    void accountLimit() {
        for (int i = 0; i < 3; i++) {
            throttle.checkAllowed("acme/jane", "10.0.0.1");
            throttle.recordFailure("acme/jane", "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.checkAllowed("acme/jane", "10.0.0.9"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS);
                    assertThat(e.retryAfter())
                            .hasValueSatisfying(
                                    d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
                });
        assertThatCode(() -> throttle.checkAllowed("acme/joe", "10.0.0.9")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("one address guessing across many accounts is stopped too")
    void addressLimit() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("acme/user" + i, "10.0.0.2");
        }
        assertThatThrownBy(() -> throttle.checkAllowed("acme/someone-else", "10.0.0.2"))
                .isInstanceOf(DomainException.class);
        assertThatCode(() -> throttle.checkAllowed("acme/someone-else", "10.0.0.3"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a successful sign-in forgets the account's failures")
    void successResets() {
        throttle.recordFailure("acme/jane", "10.0.0.1");
        throttle.recordFailure("acme/jane", "10.0.0.1");
        throttle.recordSuccess("acme/jane");
        throttle.recordFailure("acme/jane", "10.0.0.1");
        throttle.recordFailure("acme/jane", "10.0.0.1");
        assertThatCode(() -> throttle.checkAllowed("acme/jane", "10.0.0.7")).doesNotThrowAnyException();
    }
}
