package fr.guichet.dispatch.repository;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.dispatch.domain.Model;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Models of the catalogue in the database. */
@ApplicationScoped
public class ModelRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(Model model) {
        em.persist(model);
    }

    public Optional<Model> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Model.class, id));
    }

    public Optional<Model> find(String providerId, String name) {
        return em.createQuery("select m from Model m where m.providerId = :provider and m.name = :name", Model.class)
                .setParameter("provider", providerId)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    /** Every provider's model of that name. */
    public List<Model> findByName(String name) {
        return em.createQuery("select m from Model m where m.name = :name order by m.providerId", Model.class)
                .setParameter("name", name)
                .getResultList();
    }

    /** Models by provider and name, optionally of one provider only. */
    public Page<Model> search(String providerId, PageRequest page) {
        String where = providerId == null ? "" : " where m.providerId = :provider";
        TypedQuery<Model> items =
                em.createQuery("select m from Model m" + where + " order by m.providerId, m.name, m.id", Model.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from Model m" + where, Long.class);
        if (providerId != null) {
            items.setParameter("provider", providerId);
            count.setParameter("provider", providerId);
        }
        return new Page<>(
                items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                page.page(),
                page.size(),
                count.getSingleResult());
    }

    /** Writes pending changes now, so that a broken unique constraint surfaces here. */
    public void flush() {
        em.flush();
    }
}
