package fr.guichet.dispatch.repository;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.dispatch.domain.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Providers in the database. Runs inside the caller's transaction. */
@ApplicationScoped
public class ProviderRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(Provider provider) {
        em.persist(provider);
    }

    public Optional<Provider> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Provider.class, id));
    }

    /** The provider of that name, ignoring case. */
    public Optional<Provider> findByName(String name) {
        return em.createQuery("select p from Provider p where lower(p.name) = :name", Provider.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** Providers by name. */
    public Page<Provider> list(PageRequest page) {
        List<Provider> items = em.createQuery("select p from Provider p order by p.name, p.id", Provider.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total =
                em.createQuery("select count(p) from Provider p", Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public List<Provider> listEnabled() {
        return em.createQuery("select p from Provider p where p.enabled = true order by p.name, p.id", Provider.class)
                .getResultList();
    }

    /** Writes pending changes now, so that a broken unique constraint surfaces here. */
    public void flush() {
        em.flush();
    }
}
