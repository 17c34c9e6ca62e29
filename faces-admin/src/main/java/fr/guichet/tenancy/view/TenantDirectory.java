package fr.guichet.tenancy.view;

import fr.guichet.audit.view.ClientDirectory;
import fr.guichet.common.domain.DomainException;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The tenancy feature's side of {@link ClientDirectory}. */
@ApplicationScoped
public class TenantDirectory implements ClientDirectory {

    @Inject
    TenantService tenants;

    @Override
    public Optional<String> idOfSlug(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return tenants.findBySlug(slug.strip().toLowerCase(java.util.Locale.ROOT))
                .map(TenantView::id);
    }

    @Override
    public String nameOf(String tenantId) {
        if (tenantId == null) {
            return "—";
        }
        try {
            return tenants.get(tenantId).name();
        } catch (DomainException gone) {
            return tenantId;
        }
    }
}
