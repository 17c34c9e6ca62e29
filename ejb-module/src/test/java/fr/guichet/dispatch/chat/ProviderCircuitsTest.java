package fr.guichet.dispatch.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failsafe.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProviderCircuitsTest {

    private ProviderCircuits circuits;

    @BeforeEach
    void setUp() {
        DispatchConfig config = new DispatchConfig();
        config.circuitFailures = 3;
        config.circuitCalls = 5;
        config.circuitDelay = Duration.ofMinutes(1);
        config.circuitSuccesses = 2;
        circuits = new ProviderCircuits();
        circuits.config = config;
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
