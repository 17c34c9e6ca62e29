package fr.guichet.dispatch.service;

import java.util.List;

/**
 * What it takes to register a provider: {@code kind} is a {@link fr.guichet.dispatch.provider.ProviderKind}
 * name; {@code enabled} defaults to true, {@code defaultModels} to none.
 */
public record NewProvider(String kind, String name, String baseUrl, List<String> defaultModels, Boolean enabled) {}
