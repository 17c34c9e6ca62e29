package fr.guichet.dispatch.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failsafe.CircuitBreaker;
import fr.guichet.dispatch.provider.ProviderException;
import fr.guichet.dispatch.provider.ProviderException.Failure;
import fr.guichet.dispatch.provider.ProviderKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProviderCircuitsTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private ProviderCircuits circuits;

    private void at(Duration sinceStart) {
        circuits.clock = Clock.fixed(T0.plus(sinceStart), ZoneOffset.UTC);
    }

    @BeforeEach
    void setUp() {
        DispatchConfig config = new DispatchConfig();
        config.circuitFailures = 3;
        config.circuitCalls = 5;
        config.circuitDelay = Duration.ofMinutes(1);
        config.circuitSuccesses = 2;
        circuits = new ProviderCircuits();
        circuits.config = config;
        circuits.clock = Clock.fixed(T0, ZoneOffset.UTC);
    }

    private static void fail(CircuitBreaker<Object> circuit, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(circuit.tryAcquirePermit()).isTrue();
            circuit.recordFailure();
        }
    }

    @Test
    @DisplayName("a provider failing again and again is cut off; another provider of the same protocol is not")
    void perProvider() {
        CircuitBreaker<Object> openAi = circuits.of("openai");
        CircuitBreaker<Object> mistral = circuits.of("mistral");
        fail(openAi, 3);
        assertThat(openAi.isOpen()).isTrue();
        assertThat(openAi.tryAcquirePermit()).isFalse();
        assertThat(mistral.isClosed()).isTrue();
        assertThat(mistral.tryAcquirePermit()).isTrue();
        assertThat(circuits.of("openai")).isSameAs(openAi);
    }

    private static final ProviderException BUSY = new ProviderException(
            ProviderKind.OPENAI_COMPATIBLE,
            Failure.BUSY,
            0,
            "all 1024 connections to OPENAI_COMPATIBLE providers in use");

    @Test
    @DisplayName("BUSY (Guichet's own connections all in use) is no success of the provider: it hides none of its "
            + "failures, and a provider refusing a request still counts as healthy")
    void busyIsNoSuccess() {
        CircuitBreaker<Object> circuit = circuits.of("p");
        fail(circuit, 2);
        for (int i = 0; i < 3; i++) {
            assertThat(circuit.tryAcquirePermit()).isTrue();
            ProviderCircuits.recordOutcome(circuit, BUSY);
        }
        assertThat(circuit.isClosed()).isTrue();
        assertThat(circuit.tryAcquirePermit()).isTrue();
        ProviderCircuits.recordOutcome(
                circuit,
                new RetryableFailure(new ProviderException(
                        ProviderKind.OPENAI_COMPATIBLE, Failure.TIMEOUT, 0, "no answer within 60000 ms")));
        assertThat(circuit.isOpen()).isTrue(); // three failures in the last five calls that reached the provider

        CircuitBreaker<Object> healthy = circuits.of("q");
        fail(healthy, 2);
        for (int i = 0; i < 3; i++) {
            assertThat(healthy.tryAcquirePermit()).isTrue();
            ProviderCircuits.recordOutcome(
                    healthy,
                    new ProviderException(ProviderKind.OPENAI_COMPATIBLE, Failure.INVALID_REQUEST, 400, "bad request"));
        }
        assertThat(healthy.tryAcquirePermit()).isTrue();
        healthy.recordFailure();
        assertThat(healthy.isClosed()).isTrue(); // two failures in the last five
    }

    @Test
    @DisplayName("an open circuit lets a trial through once its delay has passed on the server's clock, not before")
    void delayOnTheClock() {
        CircuitBreaker<Object> circuit = circuits.of("p");
        fail(circuit, 3);
        assertThat(circuits.permits("p")).isFalse();
        at(Duration.ofSeconds(59));
        assertThat(circuits.permits("p")).isFalse();
        at(Duration.ofMinutes(1));
        assertThat(circuits.permits("p")).isTrue(); // a trial
        circuit.recordSuccess();
        assertThat(circuit.isClosed()).isFalse();
        assertThat(circuits.permits("p")).isTrue();
        circuit.recordSuccess();
        assertThat(circuit.isClosed()).isTrue(); // two successes in a row close it
    }

    @Test
    @DisplayName("a half-open circuit's trial that meets BUSY does not close it, and its delay starts again")
    void busyTrialDoesNotClose() {
        CircuitBreaker<Object> circuit = circuits.of("p");
        fail(circuit, 3);
        at(Duration.ofMinutes(1));
        assertThat(circuits.permits("p")).isTrue();
        ProviderCircuits.recordOutcome(circuit, BUSY);
        assertThat(circuit.isOpen()).isTrue();
        assertThat(circuits.permits("p")).isFalse();
        at(Duration.ofMinutes(2));
        assertThat(circuits.permits("p")).isTrue();
    }

    @Test
    @DisplayName("failures spread among successes below the threshold keep the circuit closed")
    void belowThreshold() {
        CircuitBreaker<Object> circuit = circuits.of("p");
        fail(circuit, 2);
        assertThat(circuit.tryAcquirePermit()).isTrue();
        circuit.recordSuccess();
        assertThat(circuit.tryAcquirePermit()).isTrue();
        circuit.recordSuccess();
        assertThat(circuit.isClosed()).isTrue();
    }
}
