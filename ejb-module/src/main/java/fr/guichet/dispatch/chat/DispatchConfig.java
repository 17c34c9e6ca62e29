package fr.guichet.dispatch.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The dispatcher's settings (MicroProfile Config; defaults in microprofile-config.properties). */
@ApplicationScoped
public class DispatchConfig {

    @Inject
    @ConfigProperty(name = "guichet.dispatch.default-chain", defaultValue = "OpenAI,Ollama")
    List<String> defaultChain;

    @Inject
    @ConfigProperty(name = "guichet.dispatch.timeout", defaultValue = "PT60S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "guichet.dispatch.first-byte-timeout", defaultValue = "PT90S")
    Duration firstByteTimeout;

    @Inject
    @ConfigProperty(name = "guichet.dispatch.circuit.failures", defaultValue = "3")
    int circuitFailures;

    @Inject
    @ConfigProperty(name = "guichet.dispatch.circuit.calls", defaultValue = "5")
    int circuitCalls;

    @Inject
    @ConfigProperty(name = "guichet.dispatch.circuit.delay", defaultValue = "PT15S")
    Duration circuitDelay;

    @Inject
    @ConfigProperty(name = "guichet.dispatch.circuit.successes", defaultValue = "2")
    int circuitSuccesses;

    @Inject
    @ConfigProperty(name = "guichet.dispatch.cache-ttl", defaultValue = "PT5S")
    Duration cacheTtl;

    /** How long a server remembers chains, keys and prices read by the chat path (changes elsewhere: at most this late). */
    public Duration cacheTtl() {
        return cacheTtl.isNegative() ? Duration.ZERO : cacheTtl;
    }

    /** Failed calls, among the last {@link #circuitCalls()}, that open a provider's circuit. */
    public int circuitFailures() {
        return circuitFailures;
    }

    public int circuitCalls() {
        return circuitCalls;
    }

    /** How long an open circuit keeps calls away from its provider. */
    public Duration circuitDelay() {
        return circuitDelay;
    }

    /** Successful trial calls in a row that close it again. */
    public int circuitSuccesses() {
        return circuitSuccesses;
    }

    /** Provider names, in order: the chain used until plans name their own. */
    public List<String> defaultChain() {
        return defaultChain;
    }

    /** Each provider call's timeout (connection, whole answer, or silence in a stream). */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The longest wait for a stream's first fragment, counted from the call to the provider and checked between
     * the lines of its stream (each wait for a line is bounded by {@link #timeout()}).
     */
    public Duration firstByteTimeout() {
        return firstByteTimeout;
    }
}
