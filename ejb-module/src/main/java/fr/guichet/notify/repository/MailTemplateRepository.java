package fr.guichet.notify.repository;

import fr.guichet.notify.domain.MailTemplate;
import fr.guichet.notify.domain.MailTemplateKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The operators' versions of the mail templates. Runs inside the caller's transaction. */
@ApplicationScoped
public class MailTemplateRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public Optional<MailTemplate> find(MailTemplateKey key) {
        return Optional.ofNullable(em.find(MailTemplate.class, key));
    }

    public List<MailTemplate> all() {
        return em.createQuery("select t from MailTemplate t", MailTemplate.class)
                .getResultList();
    }

    public void add(MailTemplate template) {
        em.persist(template);
    }

    public void remove(MailTemplate template) {
        em.remove(template);
    }
}
