package fr.guichet.licensing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Licensing's settings (MicroProfile Config, {@code guichet.licensing.*}). */
@ApplicationScoped
public class LicensingConfig {

    /** The most keys one generation makes. */
    @Inject
    @ConfigProperty(name = "guichet.licensing.max-batch", defaultValue = "1000")
    int maxBatch;

    /** Where an activation link points; the key follows in the fragment ({@code #key=…}), which no server logs. */
    @Inject
    @ConfigProperty(name = "guichet.licensing.activation-url", defaultValue = "http://localhost:9080/activate/")
    String activationUrl;

    /** Check and activation calls from one address per minute. */
    @Inject
    @ConfigProperty(name = "guichet.licensing.attempts-per-address-per-minute", defaultValue = "30")
    int attemptsPerAddress;

    /** Activation calls of one user per minute. */
    @Inject
    @ConfigProperty(name = "guichet.licensing.attempts-per-user-per-minute", defaultValue = "10")
    int attemptsPerUser;

    /** Unknown or mistyped keys from one address, within {@link #unknownKeyWindow}, that block it. */
    @Inject
    @ConfigProperty(name = "guichet.licensing.max-unknown-keys", defaultValue = "10")
    int maxUnknownKeys;

    @Inject
    @ConfigProperty(name = "guichet.licensing.unknown-key-window", defaultValue = "PT10M")
    Duration unknownKeyWindow;

    /** The first block of an address; each new block within a day lasts twice the previous one, up to a day. */
    @Inject
    @ConfigProperty(name = "guichet.licensing.first-block", defaultValue = "PT15M")
    Duration firstBlock;

    /** How long before licensed access ends the tenant is warned. */
    @Inject
    @ConfigProperty(name = "guichet.licensing.expiry-notice", defaultValue = "P7D")
    Duration expiryNotice;

    public int maxBatch() {
        return Math.max(1, maxBatch);
    }

    public String activationUrl() {
        return activationUrl.strip();
    }

    public int attemptsPerAddress() {
        return Math.max(1, attemptsPerAddress);
    }

    public int attemptsPerUser() {
        return Math.max(1, attemptsPerUser);
    }

    public int maxUnknownKeys() {
        return Math.max(1, maxUnknownKeys);
    }

    public Duration unknownKeyWindow() {
        return positive(unknownKeyWindow, Duration.ofMinutes(10));
    }

    public Duration firstBlock() {
        return positive(firstBlock, Duration.ofMinutes(15));
    }

    public Duration longestBlock() {
        return Duration.ofHours(24);
    }

    public Duration expiryNotice() {
        return positive(expiryNotice, Duration.ofDays(7));
    }

    private static Duration positive(Duration d, Duration fallback) {
        return d == null || d.isNegative() || d.isZero() ? fallback : d;
    }
}
