package fr.guichet.licensing.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.Charts;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.licensing.service.LicenseStats;
import fr.guichet.licensing.service.LicenseStatsView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /licenses/stats.xhtml}: keys by state, activations per day over a period (the last 30 days by
 * default), and keys, activations and revocations by reseller and by plan.
 */
@Named
@ViewScoped
public class LicenseStatsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    /** The states, in the order of the tiles. */
    static final List<String> STATES = List.of("valid", "used_up", "expired", "suspended", "revoked");

    @Inject
    LicenseStats stats;

    private LocalDate from;
    private LocalDate to;
    private LocalDate appliedFrom;
    private LocalDate appliedTo;
    private transient LicenseStatsView shown;

    private LicenseStatsView shown() {
        if (shown == null) {
            shown = stats.stats(appliedFrom, appliedTo);
        }
        return shown;
    }

    /** Reads the period chosen; a period that cannot be is said on its field and the page keeps what it showed. */
    public void apply() {
        try {
            shown = stats.stats(from, to);
            appliedFrom = from;
            appliedTo = to;
        } catch (DomainException e) {
            DomainMessages.addForFields(
                    FacesContext.getCurrentInstance(),
                    e,
                    Map.of("from", new DomainMessages.Input("period:from", text("audit.from"))));
        }
    }

    /** One tile: a state, its words and its count. */
    public record Tile(String state, String label, long count) implements Serializable {}

    public List<Tile> getTiles() {
        return STATES.stream()
                .map(s -> new Tile(
                        s, text("licstats.state." + s), shown().byState().getOrDefault(s, 0L)))
                .toList();
    }

    public long getTotal() {
        return shown().total();
    }

    /** Activations per day, as bars. */
    public String getPerDay() {
        List<LicenseStatsView.Day> days = shown().activationsPerDay();
        return Charts.series(
                "bar",
                text("licstats.activations"),
                days.stream().map(d -> d.day().format(DAY)).toList(),
                days.stream().map(LicenseStatsView.Day::activations).toList(),
                false);
    }

    public long getActivationsInPeriod() {
        return shown().activationsPerDay().stream()
                .mapToLong(LicenseStatsView.Day::activations)
                .sum();
    }

    public String getPeriod() {
        List<LicenseStatsView.Day> days = shown().activationsPerDay();
        return days.isEmpty()
                ? ""
                : days.get(0).day() + " → " + days.get(days.size() - 1).day();
    }

    public List<LicenseStatsView.Group> getByReseller() {
        return shown().byReseller();
    }

    public List<LicenseStatsView.Group> getByPlan() {
        return shown().byPlan();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
