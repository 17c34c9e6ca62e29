package fr.guichet.dispatch.service;

import java.util.List;

/** Changes to a provider: every null field is left as it is; the kind never changes. */
public record ProviderChanges(String name, String baseUrl, List<String> defaultModels, Boolean enabled) {}
