package fr.guichet.audit;

import fr.guichet.common.domain.Validation;
import java.time.LocalDate;

/**
 * What to read of the audit log; every part optional. {@code actor} matches the start of the actor
 * ({@code operator:} for every operator, {@code operator:ann@} for one); {@code from} and {@code to} are days in the
 * operator's zone, both included.
 */
public record AuditFilter(String tenantId, String action, String actor, LocalDate from, LocalDate to) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);

    /** A filter from the API's text parameters (days as {@code 2026-11-01}); every broken rule at once. */
    public static AuditFilter parse(String tenantId, String action, String actor, String from, String to) {
        Validation v = new Validation();
        LocalDate first = v.date(from, "from");
        LocalDate last = v.date(to, "to");
        return new AuditFilter(tenantId, action, actor, first, last).checked(v);
    }

    /** Refuses a filter that cannot be right, every broken rule at once; blank texts count as absent. */
    public AuditFilter checked() {
        return checked(new Validation());
    }

    private AuditFilter checked(Validation v) {
        v.optionalText(tenantId, "tenantId", 36)
                .optionalText(action, "action", 64)
                .optionalText(actor, "actor", 300)
                .require(from == null || to == null || !from.isAfter(to), "to", "must be on or after from")
                .throwIfInvalid();
        return new AuditFilter(Validation.clean(tenantId), Validation.clean(action), Validation.clean(actor), from, to);
    }
}
