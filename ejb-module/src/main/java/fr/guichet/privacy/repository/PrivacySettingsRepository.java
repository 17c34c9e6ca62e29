package fr.guichet.privacy.repository;

import fr.guichet.privacy.domain.PrivacySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Tenants' privacy settings; a tenant without a row has the defaults. Runs inside the caller's transaction. */
@ApplicationScoped
public class PrivacySettingsRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public Optional<PrivacySettings> find(String tenantId) {
        return Optional.ofNullable(em.find(PrivacySettings.class, tenantId));
    }

    public void add(PrivacySettings settings) {
        em.persist(settings);
        em.flush();
    }
}
