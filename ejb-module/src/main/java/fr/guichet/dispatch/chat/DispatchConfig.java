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

    /** Provider names, in order: the chain used until plans name their own. */
    public List<String> defaultChain() { return defaultChain; }

    /** Each provider call's timeout (connection, whole answer, or silence in a stream). */
    public Duration timeout() { return timeout; }

    /** The longest wait for a stream's first fragment. */
    public Duration firstByteTimeout() { return firstByteTimeout; }
}
