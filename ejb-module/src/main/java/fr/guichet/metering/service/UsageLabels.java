package fr.guichet.metering.service;

import java.util.Map;

/**
 * What a report shows beside the ids of its breakdowns: providers' names, and API keys' names and masked forms
 * with the tenant each key belongs to. An id without a label (a provider or key deleted since) is shown bare.
 */
public record UsageLabels(Map<String, String> providerNames, Map<String, Key> keys) {

    public static final UsageLabels NONE = new UsageLabels(Map.of(), Map.of());

    /** An API key as a report names it. */
    public record Key(String tenantId, String name, String masked) {}

    public UsageLabels {
        providerNames = Map.copyOf(providerNames);
        keys = Map.copyOf(keys);
    }
}
