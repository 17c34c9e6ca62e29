package fr.guichet.metering.service;

import java.util.Map;

/**
 * What a report shows beside the ids of its breakdowns: providers' names, and API keys' names and masked forms
 * under the tenant each key belongs to. An id without a label (a provider or key deleted since) is shown bare.
 */
public record UsageLabels(Map<String, String> providerNames, Map<KeyId, Key> keys) {

    public static final UsageLabels NONE = new UsageLabels(Map.of(), Map.of());

    /** An API key by its tenant and id: a key is named only under the tenant it belongs to. */
    public record KeyId(String tenantId, String apiKeyId) {}

    /** An API key as a report names it. */
    public record Key(String name, String masked) {}

    public UsageLabels {
        providerNames = Map.copyOf(providerNames);
        keys = Map.copyOf(keys);
    }
}
