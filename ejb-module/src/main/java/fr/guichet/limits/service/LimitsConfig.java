package fr.guichet.limits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The limits' settings (MicroProfile Config). */
@ApplicationScoped
public class LimitsConfig {

    /** Tokens reserved for the answer of a call that gives no {@code max_tokens}. */
    @Inject
    @ConfigProperty(name = "guichet.limits.default-output-reservation", defaultValue = "1024")
    int defaultOutputReservation;

    /** The per-minute rate of a tenant without a plan. */
    @Inject
    @ConfigProperty(name = "guichet.limits.default-requests-per-minute", defaultValue = "60")
    int defaultRequestsPerMinute;

    public int defaultOutputReservation() {
        return Math.max(0, defaultOutputReservation);
    }

    public int defaultRequestsPerMinute() {
        return Math.max(1, defaultRequestsPerMinute);
    }
}
