package fr.guichet.console.view;

import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.view.TenantStatuses;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /index.xhtml}: how many tenants there are, in all and in each status, counted once per request in
 * one read.
 */
@Named
@RequestScoped
public class DashboardView {

    /** One tile of the dashboard: a status, its label and colour, and how many tenants are in it. */
    public record StatusCount(TenantStatus status, String label, String severity, long count) {}

    @Inject
    TenantService tenants;

    @Inject
    TenantStatuses statuses;

    private long total;
    private List<StatusCount> counts;

    @PostConstruct
    void count() {
        java.util.Map<TenantStatus, Long> byStatus = tenants.countByStatus();
        total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        counts = Arrays.stream(TenantStatus.values())
                .map(s -> new StatusCount(s, statuses.label(s), statuses.severity(s), byStatus.get(s)))
                .toList();
    }

    public long getTotal() {
        return total;
    }

    public List<StatusCount> getCounts() {
        return counts;
    }
}
