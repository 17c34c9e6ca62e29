package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.service.ProviderView;

/** One step of a route: a provider, and the model asked of it. */
record Target(ProviderView provider, String model) {}
