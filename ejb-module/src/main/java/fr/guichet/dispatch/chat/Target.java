package fr.guichet.dispatch.chat;

import fr.guichet.dispatch.service.PriceView;
import fr.guichet.dispatch.service.ProviderView;

/** One step of a route: a provider, the model asked of it, and that model's price now (null if unpriced). */
record Target(ProviderView provider, String model, PriceView price) {
}
