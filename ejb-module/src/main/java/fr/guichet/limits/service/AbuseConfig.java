package fr.guichet.limits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The abuse policy (MicroProfile Config, {@code guichet.abuse.*}). */
@ApplicationScoped
public class AbuseConfig {

    /** Failed authentications from one address, within {@link #failureWindow}, that block it. */
    @Inject
    @ConfigProperty(name = "guichet.abuse.max-failed-authentications", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "guichet.abuse.failure-window", defaultValue = "PT1M")
    Duration failureWindow;

    /** The first block; each new block of the same address within a day lasts twice the previous one. */
    @Inject
    @ConfigProperty(name = "guichet.abuse.first-block", defaultValue = "PT1M")
    Duration firstBlock;

    @Inject
    @ConfigProperty(name = "guichet.abuse.longest-block", defaultValue = "PT24H")
    Duration longestBlock;

    /** More distinct addresses than this using one key within {@link #addressWindow}: the key is abused. */
    @Inject
    @ConfigProperty(name = "guichet.abuse.key-max-addresses", defaultValue = "20")
    int keyMaxAddresses;

    @Inject
    @ConfigProperty(name = "guichet.abuse.key-address-window", defaultValue = "PT10M")
    Duration addressWindow;

    /** Refused calls within a minute, as a multiple of the key's rate, that mark a burst far beyond it. */
    @Inject
    @ConfigProperty(name = "guichet.abuse.burst-factor", defaultValue = "5")
    int burstFactor;

    /** What an abused key gets: {@code suspend} (and alerts) or {@code alert} only. */
    @Inject
    @ConfigProperty(name = "guichet.abuse.key-action", defaultValue = "suspend")
    String keyAction;

    public int maxFailures() {
        return Math.max(1, maxFailures);
    }

    public Duration failureWindow() {
        return positive(failureWindow, Duration.ofMinutes(1));
    }

    public Duration firstBlock() {
        return positive(firstBlock, Duration.ofMinutes(1));
    }

    public Duration longestBlock() {
        return positive(longestBlock, Duration.ofHours(24));
    }

    public int keyMaxAddresses() {
        return Math.max(1, keyMaxAddresses);
    }

    public Duration addressWindow() {
        return positive(addressWindow, Duration.ofMinutes(10));
    }

    public int burstFactor() {
        return Math.max(1, burstFactor);
    }

    public boolean suspendsKeys() {
        return !"alert".equalsIgnoreCase(keyAction.strip());
    }

    private static Duration positive(Duration d, Duration fallback) {
        return d == null || d.isNegative() || d.isZero() ? fallback : d;
    }
}
