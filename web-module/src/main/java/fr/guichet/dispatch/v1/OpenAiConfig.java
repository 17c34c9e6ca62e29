package fr.guichet.dispatch.v1;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code /v1} API's settings (MicroProfile Config; defaults in microprofile-config.properties). */
@ApplicationScoped
public class OpenAiConfig {

    @Inject
    @ConfigProperty(name = "guichet.openai.max-body-bytes", defaultValue = "4194304")
    long maxBodyBytes;

    /** The largest request body accepted under {@code /v1}, in bytes (at least 1 KiB). */
    public long maxBodyBytes() {
        return Math.max(1024, maxBodyBytes);
    }
}
