package fr.guichet.console.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.licensing.service.LicenseGrants;
import fr.guichet.limits.service.AlertLog;
import fr.guichet.metering.repository.ClientUsageQueries.Row;
import fr.guichet.metering.service.ClientUsage;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import fr.guichet.tenancy.view.InstantFormat;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's "Needs attention" panel: clients at 80 % of a quota or more (100 % in red), clients idle for a week,
 * trials and licensed access ending within 14 days, and keys suspended for abuse; each a count and its first five,
 * every line a link to the client's page.
 */
@Named
@RequestScoped
public class AttentionView {

    static final int SHOWN = 5;
    static final BigDecimal NEAR_QUOTA = BigDecimal.valueOf(80);
    static final int IDLE_DAYS = 7;
    static final int ENDING_DAYS = 14;

    /** One line: the client, what is the matter, and whether it is urgent. */
    public record Line(String tenantId, String client, String detail, boolean urgent) {}

    /** One kind of alert: its title, how many there are, the first lines, and what the empty panel says. */
    public record Group(String id, String title, long count, List<Line> lines, String none) {

        public long more() {
            return count - lines.size();
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

    private List<Group> groups;

    @PostConstruct
    void read() {
        PageRequest first = new PageRequest(0, SHOWN);
        groups = List.of(
                group(
                        "near-quota",
                        text("attention.nearQuota"),
                        usage.nearQuota(NEAR_QUOTA, first),
                        r -> new Line(
                                r.tenantId(),
                                r.name(),
                                text("attention.nearQuota.line", r.quotaShare().toPlainString()),
                                r.quotaShare().compareTo(BigDecimal.valueOf(100)) >= 0),
                        text("attention.nearQuota.none")),
                group(
                        "idle",
                        text("attention.idle"),
                        usage.idleFor(IDLE_DAYS, first),
                        (Row r) -> new Line(
                                r.tenantId(),
                                r.name(),
                                r.lastAt() == null
                                        ? text("attention.idle.never")
                                        : text("attention.idle.line", instants.dateTime(r.lastAt())),
                                false),
                        text("attention.idle.none")),
                group(
                        "trials",
                        text("attention.trials"),
                        tenants.trialsEnding(ENDING_DAYS, first),
                        (TenantView t) -> new Line(
                                t.id(),
                                t.name(),
                                text("attention.trials.line", instants.dateTime(t.trialEndsAt())),
                                false),
                        text("attention.trials.none")),
                group(
                        "licenses",
                        text("attention.licenses"),
                        grants.endingWithin(Duration.ofDays(ENDING_DAYS), first),
                        g -> new Line(
                                g.tenantId(),
                                name(g.tenantId()),
                                text("attention.licenses.line", instants.dateTime(g.endsAt())),
                                false),
                        text("attention.licenses.none")),
                group(
                        "abuse",
                        text("attention.abuse"),
                        alerts.search(null, "key_suspended", first),
                        a -> new Line(a.tenantId(), name(a.tenantId()), a.message(), true),
                        text("attention.abuse.none")));
    }

    public List<Group> getGroups() {
        return groups;
    }

    private static <T> Group group(String id, String title, Page<T> page, Function<T, Line> line, String none) {
        return new Group(
                id, title, page.total(), page.items().stream().map(line).toList(), none);
    }

    private String name(String tenantId) {
        try {
            return tenants.get(tenantId).name();
        } catch (RuntimeException gone) {
            return tenantId;
        }
    }
}
