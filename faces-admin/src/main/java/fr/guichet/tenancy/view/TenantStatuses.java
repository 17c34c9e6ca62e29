package fr.guichet.tenancy.view;

import fr.guichet.common.view.ConsoleText;
import fr.guichet.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * How the console shows a tenant's status: its label, the colour of its tag, and the statuses an operator
 * may move it to (the domain's rule, {@link TenantStatus#canMoveTo}).
 */
@Named
@ApplicationScoped
public class TenantStatuses {

    private static final List<TenantStatus> ALL = List.of(TenantStatus.values());

    public List<TenantStatus> getAll() {
        return ALL;
    }

    /** The label of a status given by its wire name ({@code past_due}). */
    public String labelOf(String wireName) {
        return label(TenantStatus.parse(wireName, "status"));
    }

    public String severityOf(String wireName) {
        return severity(TenantStatus.parse(wireName, "status"));
    }

    /** The status's name in the page's language ("Past due", "Impayé"). */
    public String label(TenantStatus status) {
        return label(status, ConsoleText.locale());
    }

    String label(TenantStatus status, java.util.Locale locale) {
        return ConsoleText.in(locale, "status." + status.wireName());
    }

    /** The severity of the status's {@code p:tag}; cancelled tenants get a neutral tag of their own. */
    public String severity(TenantStatus status) {
        return switch (status) {
            case TRIAL -> "info";
            case ACTIVE -> "success";
            case PAST_DUE -> "warning";
            case SUSPENDED -> "danger";
            case CANCELLED -> "neutral";
        };
    }

    /** The statuses a tenant in {@code current} can be moved to. */
    public List<TenantStatus> targetsFrom(TenantStatus current) {
        return ALL.stream().filter(current::canMoveTo).toList();
    }

    /** The wire name if it names a status (any case), else null: for untrusted input such as a URL. */
    public String known(String wireName) {
        return wireName == null
                ? null
                : Arrays.stream(TenantStatus.values())
                        .filter(s -> s.wireName().equalsIgnoreCase(wireName.strip()))
                        .map(TenantStatus::wireName)
                        .findFirst()
                        .orElse(null);
    }
}
