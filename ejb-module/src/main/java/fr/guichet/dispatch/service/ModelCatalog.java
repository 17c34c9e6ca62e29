package fr.guichet.dispatch.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.ModelName;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.dispatch.domain.Model;
import fr.guichet.dispatch.domain.ModelPrice;
import fr.guichet.dispatch.domain.PriceHistory;
import fr.guichet.dispatch.repository.ModelPriceRepository;
import fr.guichet.dispatch.repository.ModelRepository;
import fr.guichet.dispatch.repository.ProviderRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The model catalogue: which provider serves which model, and at what price when. A price change adds a row
 * that takes effect now or later and never rewrites an earlier one, so {@link #priceAt} gives the price of any
 * past call. Times are kept to the microsecond (what every supported database stores).
 */
@Stateless
public class ModelCatalog {

    @Inject
    Event<CatalogChanged> catalogChanged;

    @Inject
    ModelRepository models;

    @Inject
    ModelPriceRepository prices;

    @Inject
    ProviderRepository providers;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public ModelView add(NewModel request, String actor) {
        catalogChanged.fire(new CatalogChanged());
        Instant now = now();
        NewPrice price = request.price() == null ? new NewPrice(null, null, null) : request.price();
        Instant from = micros(price.effectiveFrom());
        new Validation()
                .require(
                        request.providerId() != null
                                && providers.find(request.providerId()).isPresent(),
                        "providerId",
                        "must be the id of a registered provider")
                .require(
                        ModelName.isValid(
                                request.model() == null ? null : request.model().strip()),
                        "model",
                        ModelName.PROBLEM)
                .optionalText(request.displayName(), "displayName", 120)
                .require(
                        ModelPrice.priceProblem(price.inputPerMillion()) == null,
                        "inputPerMillion",
                        ModelPrice.priceProblem(price.inputPerMillion()))
                .require(
                        ModelPrice.priceProblem(price.outputPerMillion()) == null,
                        "outputPerMillion",
                        ModelPrice.priceProblem(price.outputPerMillion()))
                .require(from == null || !from.isBefore(now), "effectiveFrom", "must not be in the past")
                .throwIfInvalid();
        Model model = new Model(
                request.providerId(),
                request.model(),
                request.displayName(),
                request.enabled() == null || request.enabled(),
                now);
        ModelPrice first = new ModelPrice(model.id(), price.inputPerMillion(), price.outputPerMillion(), from, now);
        if (models.find(model.providerId(), model.name()).isPresent()) {
            throw taken(model.name());
        }
        try {
            models.add(model);
            prices.add(first);
            models.flush();
        } catch (PersistenceException e) {
            throw taken(model.name());
        }
        audit.write(actor, null, "model.added", "model:" + model.id(), model.providerId() + " " + model.name());
        return ModelView.of(model, first.inForceAt(now) ? PriceView.of(first) : null);
    }

    public ModelView get(String id) {
        Model model = require(id);
        return ModelView.of(
                model,
                PriceHistory.inForceAt(prices.history(id), now())
                        .map(PriceView::of)
                        .orElse(null));
    }

    /** Models by provider and name with their current prices; {@code providerId} null for all providers. */
    public Page<ModelView> search(String providerId, PageRequest page) {
        Page<Model> found = models.search(Validation.clean(providerId), page);
        Instant now = now();
        Map<String, List<ModelPrice>> byModel =
                prices.takenEffect(found.items().stream().map(Model::id).toList(), now).stream()
                        .collect(Collectors.groupingBy(ModelPrice::modelId));
        return found.map(m -> ModelView.of(
                m,
                PriceHistory.inForceAt(byModel.getOrDefault(m.id(), List.of()), now)
                        .map(PriceView::of)
                        .orElse(null)));
    }

    /** The providers whose catalogue has that model enabled: who can serve it (no price is read). */
    public Set<String> servedBy(String model) {
        if (!ModelName.isValid(model)) {
            return Set.of();
        }
        return models.findByName(model).stream()
                .filter(Model::enabled)
                .map(Model::providerId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public ModelView update(String id, ModelChanges changes, String actor) {
        catalogChanged.fire(new CatalogChanged());
        Model model = require(id);
        Instant now = now();
        if (changes.displayName() != null) {
            model.rename(changes.displayName(), now);
        }
        if (changes.enabled() != null) {
            model.enable(changes.enabled(), now);
        }
        audit.write(
                actor,
                null,
                "model.changed",
                "model:" + id,
                String.join(
                        ", ",
                        java.util.stream.Stream.of(
                                        changes.displayName() == null ? null : "displayName",
                                        changes.enabled() == null ? null : changes.enabled() ? "enabled" : "disabled")
                                .filter(java.util.Objects::nonNull)
                                .toList()));
        return get(id);
    }

    /** Adds a price taking effect at {@code effectiveFrom} (now when null, never in the past). */
    public PriceView changePrice(String id, NewPrice price, String actor) {
        catalogChanged.fire(new CatalogChanged());
        Model model = require(id);
        Instant now = now();
        ModelPrice added = new ModelPrice(
                model.id(), price.inputPerMillion(), price.outputPerMillion(), micros(price.effectiveFrom()), now);
        if (prices.history(id).stream().anyMatch(p -> p.effectiveFrom().equals(added.effectiveFrom()))) {
            throw priceExists(added.effectiveFrom());
        }
        try {
            prices.add(added);
            prices.flush();
        } catch (PersistenceException e) {
            throw priceExists(added.effectiveFrom());
        }
        audit.write(
                actor,
                null,
                "model.price_added",
                "model:" + id,
                "input " + added.inputPerMillion().toPlainString() + " EUR, output "
                        + added.outputPerMillion().toPlainString() + " EUR per million tokens from "
                        + added.effectiveFrom());
        return PriceView.of(added);
    }

    /** Every price of a model, latest effective date first. */
    public List<PriceView> history(String id) {
        require(id);
        return prices.history(id).stream().map(PriceView::of).toList();
    }

    /** The price of a provider's model in force at {@code at}, e.g. to cost a past call. */
    /** Every price of the model on the provider, past and scheduled (the caller picks the one in force). */
    public List<PriceView> priceSchedule(String providerId, String model) {
        return prices.schedule(providerId, model).stream().map(PriceView::of).toList();
    }

    public Optional<PriceView> priceAt(String providerId, String model, Instant at) {
        return prices.inForce(providerId, model, at).map(PriceView::of);
    }

    private Model require(String id) {
        return models.find(id)
                .orElseThrow(() -> new DomainException(ErrorCode.MODEL_NOT_FOUND, "No model with id " + id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static DomainException taken(String model) {
        return new DomainException(ErrorCode.MODEL_TAKEN, "This provider already has the model '" + model + "'");
    }

    private static DomainException priceExists(Instant at) {
        return new DomainException(ErrorCode.PRICE_EXISTS, "A price already takes effect at " + at);
    }
}
