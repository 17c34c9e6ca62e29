package fr.guichet.access.repository;

import fr.guichet.access.domain.Plan;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.persistence.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
        return search(null, page);
    }

    /** Plans whose code or name contains {@code text} (any case; null: every plan), from the cheapest, then by code. */
    public Page<Plan> search(String text, PageRequest page) {
        String where = text == null
                ? ""
                : " where lower(p.code) like :text" + LikePattern.ESCAPE + " or lower(p.name) like :text"
                        + LikePattern.ESCAPE;
        TypedQuery<Plan> query =
                em.createQuery("select p from Plan p" + where + " order by p.monthlyPriceEur, p.code", Plan.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Plan p" + where, Long.class);
        if (text != null) {
            query.setParameter("text", LikePattern.contains(text));
            count.setParameter("text", LikePattern.contains(text));
        }
        List<Plan> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** The enabled plans (those a client may choose), from the cheapest, then by code. */
    public Page<Plan> enabled(PageRequest page) {
        List<Plan> items = em.createQuery(
                        "select p from Plan p where p.enabled = true order by p.monthlyPriceEur, p.code", Plan.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(p) from Plan p where p.enabled = true", Long.class)
                .getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Writes pending changes now, so that a broken constraint surfaces here. */
    public void flush() {
        em.flush();
    }
}
