package fr.guichet.access.repository;

import fr.guichet.access.domain.Plan;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Plans in the database. Runs inside the caller's transaction. */
@ApplicationScoped
public class PlanRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(Plan plan) {
        em.persist(plan);
    }

    public Optional<Plan> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Plan.class, id));
    }

    public Optional<Plan> findByCode(String code) {
        return em.createQuery("select p from Plan p where p.code = :code", Plan.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Plans from the cheapest, then by code. */
    public Page<Plan> list(PageRequest page) {
        List<Plan> items = em.createQuery("select p from Plan p order by p.monthlyPriceEur, p.code", Plan.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(p) from Plan p", Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Writes pending changes now, so that a broken constraint surfaces here. */
    public void flush() {
        em.flush();
    }
}
