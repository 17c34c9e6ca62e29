package fr.guichet.dispatch.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.dispatch.domain.Provider;
import fr.guichet.dispatch.domain.ProviderKinds;
import fr.guichet.dispatch.provider.ProviderKind;
import fr.guichet.dispatch.repository.ProviderRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The provider registry: operators register and change providers (the web layer checks the caller); the
 * dispatcher and the portal read them. Names are unique, ignoring case.
 */
@Stateless
public class ProviderService {

    @Inject
    Event<CatalogChanged> catalogChanged;

    @Inject
    ProviderRepository providers;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public ProviderView register(NewProvider request, String actor) {
        catalogChanged.fire(new CatalogChanged());
        ProviderKind kind = request.kind() == null ? null : ProviderKinds.parse(request.kind(), "kind");
        Provider provider = new Provider(
                kind,
                request.name(),
                request.baseUrl(),
                request.defaultModels(),
                request.enabled() == null || request.enabled(),
                clock.instant());
        if (providers.findByName(provider.name()).isPresent()) {
            throw nameTaken(provider.name());
        }
        try {
            providers.add(provider);
            providers.flush();
        } catch (PersistenceException e) {
            throw nameTaken(provider.name());
        }
        audit.write(actor, null, "provider.registered", "provider:" + provider.id(), provider.name());
        return ProviderView.of(provider);
    }

    /** The provider, when it exists (enabled or not). */
    public Optional<ProviderView> find(String id) {
        return providers.find(id).map(ProviderView::of);
    }

    public ProviderView get(String id) {
        return ProviderView.of(require(id));
    }

    public Page<ProviderView> list(PageRequest page) {
        return providers.list(page).map(ProviderView::of);
    }

    /** The providers tenants may use now, by name. */
    public List<ProviderView> listEnabled() {
        return providers.listEnabled().stream().map(ProviderView::of).toList();
    }

    /** Changes a provider; what changed ({@code name}, {@code enabled} …) goes to the audit log with {@code actor}. */
    public ProviderView update(String id, ProviderChanges changes, String actor) {
        catalogChanged.fire(new CatalogChanged());
        Provider provider = require(id);
        Instant now = clock.instant();
        if (changes.name() != null) {
            if (providers
                    .findByName(changes.name())
                    .filter(p -> !p.id().equals(id))
                    .isPresent()) {
                throw nameTaken(changes.name().strip());
            }
            provider.rename(changes.name(), now);
        }
        if (changes.baseUrl() != null) {
            provider.moveTo(changes.baseUrl(), now);
        }
        if (changes.defaultModels() != null) {
            provider.offerByDefault(changes.defaultModels(), now);
        }
        if (changes.enabled() != null) {
            provider.enable(changes.enabled(), now);
        }
        try {
            providers.flush();
        } catch (PersistenceException e) {
            throw nameTaken(provider.name());
        }
        List<String> changed = new ArrayList<>();
        if (changes.name() != null) {
            changed.add("name");
        }
        if (changes.baseUrl() != null) {
            changed.add("baseUrl");
        }
        if (changes.defaultModels() != null) {
            changed.add("defaultModels");
        }
        if (changes.enabled() != null) {
            changed.add(changes.enabled() ? "enabled" : "disabled");
        }
        audit.write(actor, null, "provider.changed", "provider:" + id, String.join(", ", changed));
        return ProviderView.of(provider);
    }

    Provider require(String id) {
        return providers.find(id).orElseThrow(() -> notFound(id));
    }

    static DomainException notFound(String id) {
        return new DomainException(ErrorCode.PROVIDER_NOT_FOUND, "No provider with id " + id);
    }

    private static DomainException nameTaken(String name) {
        return new DomainException(ErrorCode.PROVIDER_NAME_TAKEN, "A provider named '" + name + "' already exists");
    }
}
