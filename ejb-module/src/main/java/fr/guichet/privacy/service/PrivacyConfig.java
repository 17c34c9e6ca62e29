package fr.guichet.privacy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Privacy's settings, from MicroProfile Config. */
@ApplicationScoped
public class PrivacyConfig {

    /** How long a tenant that chose nothing keeps its personal data (one of 30, 90, 180, 365 days). */
    @Inject
    @ConfigProperty(name = "guichet.privacy.retention-days", defaultValue = "90")
    int retentionDays;

    /** How long after a client asks for its account's deletion the data goes (the client may change its mind). */
    @Inject
    @ConfigProperty(name = "guichet.privacy.deletion-grace", defaultValue = "P30D")
    Duration deletionGrace;

    /** How long a ready export can be downloaded. */
    @Inject
    @ConfigProperty(name = "guichet.privacy.export-valid-for", defaultValue = "P7D")
    Duration exportValidFor;

    public Duration exportValidFor() {
        return exportValidFor;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public Duration deletionGrace() {
        return deletionGrace;
    }
}
