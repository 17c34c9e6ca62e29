package fr.guichet.console.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.audit.view.ClientDirectory;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.licensing.service.LicenseGrants;
import fr.guichet.limits.service.AlertLog;
import fr.guichet.metering.service.ClientUsage;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.view.InstantFormat;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * What needs the operator's attention, by kind, one page at a time: clients at 80 % of a quota or more (100 % urgent),
 * clients idle for a week, trials and licensed access ending within 14 days, keys suspended for abuse. The dashboard
 * shows the first lines of each kind; the alerts page pages through them all.
 */
@RequestScoped
public class Attention {

    /** The kinds, in the order the pages show them. */
    public static final List<String> KINDS = List.of("near-quota", "idle", "trials", "licenses", "abuse");

    static final BigDecimal NEAR_QUOTA = BigDecimal.valueOf(80);
    static final int IDLE_DAYS = 7;
    static final int ENDING_DAYS = 14;

    /** One line: the client, what is the matter, and whether it is urgent. */
    public record Line(String tenantId, String client, String detail, boolean urgent) {

        public String key() {
            return tenantId + "|" + detail;
        }
    }

    @Inject
    ClientUsage usage;

    @Inject
    TenantService tenants;

    @Inject
    LicenseGrants grants;

    @Inject
    AlertLog alerts;

    @Inject
    InstantFormat instants;

    @Inject
    ClientDirectory clients;

    /** A known kind: {@code kind} itself, or the first kind when it is none of them. */
    public static String known(String kind) {
        return KINDS.contains(kind) ? kind : KINDS.get(0);
    }

    /** The page {@code page} of the lines of {@code kind} (one of {@link #KINDS}). */
    public Page<Line> lines(String kind, PageRequest page) {
        return switch (known(kind)) {
            case "idle" ->
                usage.idleFor(IDLE_DAYS, page)
                        .map(r -> new Line(
                                r.tenantId(),
                                r.name(),
                                r.lastAt() == null
                                        ? text("attention.idle.never")
                                        : text("attention.idle.line", instants.dateTime(r.lastAt())),
                                false));
            case "trials" ->
                tenants.trialsEnding(ENDING_DAYS, page)
                        .map(t -> new Line(
                                t.id(),
                                t.name(),
                                text("attention.trials.line", instants.dateTime(t.trialEndsAt())),
                                false));
            case "licenses" ->
                grants.endingWithin(Duration.ofDays(ENDING_DAYS), page)
                        .map(g -> new Line(
                                g.tenantId(),
                                clients.nameOf(g.tenantId()),
                                text("attention.licenses.line", instants.dateTime(g.endsAt())),
                                false));
            case "abuse" ->
                alerts.search(null, "key_suspended", page)
                        .map(a -> new Line(a.tenantId(), clients.nameOf(a.tenantId()), a.message(), true));
            default ->
                usage.nearQuota(NEAR_QUOTA, page)
                        .map(r -> new Line(
                                r.tenantId(),
                                r.name(),
                                text("attention.nearQuota.line", r.quotaShare().toPlainString()),
                                r.quotaShare().compareTo(BigDecimal.valueOf(100)) >= 0));
        };
    }

    /** The title of {@code kind}, in the page's language. */
    public static String title(String kind) {
        return text("attention." + keyOf(kind));
    }

    /** What the page says when {@code kind} has no line. */
    public static String none(String kind) {
        return text("attention." + keyOf(kind) + ".none");
    }

    private static String keyOf(String kind) {
        return "near-quota".equals(known(kind)) ? "nearQuota" : known(kind);
    }
}
