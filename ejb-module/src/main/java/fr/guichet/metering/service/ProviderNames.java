package fr.guichet.metering.service;

import java.util.Collection;
import java.util.Map;

/**
 * The names of providers, which a usage report shows beside their ids. Metering owns this port and the feature
 * that keeps providers (above it) implements it, so that metering does not depend on that feature.
 */
public interface ProviderNames {

    /** The name of each provider of {@code providerIds} that still exists, by id. */
    Map<String, String> of(Collection<String> providerIds);
}
