package fr.guichet.access.service;

import java.util.Optional;

/**
 * What the plan catalogue (and the usage reports, above it) need to know of a provider. The providers live above (in
 * {@code dispatch}, which implements this), so the catalogue asks through this port.
 */
public interface ChainProviders {

    /** The provider with this id as a plan's chain shows it; empty when there is none. */
    Optional<ChainProvider> find(String providerId);

    /** Every provider (the first 100, by name), for choosing a plan's chain. */
    java.util.List<ChainProvider> all();

    /** A provider of a chain: its id, name and kind (the wire name of its protocol, e.g. {@code ANTHROPIC}). */
    record ChainProvider(String id, String name, String kind) {}
}
