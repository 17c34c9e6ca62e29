package fr.guichet.dispatch.repository;

import fr.guichet.dispatch.domain.ModelPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The price history of the catalogue's models: rows are added, never changed. */
@ApplicationScoped
public class ModelPriceRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(ModelPrice price) {
        em.persist(price);
    }

    /** Every price of a model, latest effective date first. */
    public List<ModelPrice> history(String modelId) {
        return em.createQuery(
                        "select p from ModelPrice p where p.modelId = :model order by p.effectiveFrom desc",
                        ModelPrice.class)
                .setParameter("model", modelId)
                .getResultList();
    }

    /** The price of a provider's model in force at {@code at}. */
    public Optional<ModelPrice> inForce(String providerId, String modelName, Instant at) {
        return em.createQuery(
                        "select p from ModelPrice p, Model m where p.modelId = m.id"
                                + " and m.providerId = :provider and m.name = :name and p.effectiveFrom <= :at"
                                + " order by p.effectiveFrom desc",
                        ModelPrice.class)
                .setParameter("provider", providerId)
                .setParameter("name", modelName)
                .setParameter("at", at)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every price of the model {@code modelName} on the provider, past and scheduled. */
    public List<ModelPrice> schedule(String providerId, String modelName) {
        return em.createQuery(
                        "select p from ModelPrice p, Model m where p.modelId = m.id"
                                + " and m.providerId = :provider and m.name = :name",
                        ModelPrice.class)
                .setParameter("provider", providerId)
                .setParameter("name", modelName)
                .getResultList();
    }

    /** The prices of these models that took effect by {@code at} (the caller keeps the latest of each). */
    public List<ModelPrice> takenEffect(Collection<String> modelIds, Instant at) {
        if (modelIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select p from ModelPrice p where p.modelId in :models and p.effectiveFrom <= :at",
                        ModelPrice.class)
                .setParameter("models", modelIds)
                .setParameter("at", at)
                .getResultList();
    }

    public void flush() {
        em.flush();
    }
}
