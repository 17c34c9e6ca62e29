package fr.guichet.metering.view;

import fr.guichet.metering.domain.UsageRollup;
import fr.guichet.metering.service.UsageOverview;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Chart.js configurations, as PrimeFaces' {@code p:chart} takes them (a JSON string). */
final class UsageCharts {

    private static final String COLOUR = "#2563eb";
    private static final List<String> PALETTE = List.of(
            "#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#ea580c",
            "#475569");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private UsageCharts() {}

    /** One series over labelled points: a line (days) or horizontal bars (clients). */
    static String series(
            String type, String label, List<String> labels, List<? extends Number> values, boolean horizontal) {
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", label)
                .add("data", numbers(values))
                .add("borderColor", COLOUR)
                .add("backgroundColor", type.equals("line") ? "rgba(37, 99, 235, 0.15)" : COLOUR)
                .add("fill", type.equals("line"))
                .add("tension", 0.2);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options)
                .build()
                .toString();
    }

    /** Shares of a whole, as a doughnut with its legend. */
    static String doughnut(String label, List<String> labels, List<? extends Number> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", label)
                                                        .add("data", numbers(values))
                                                        .add("backgroundColor", colours))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "right"))))
                .build()
                .toString();
    }

    /** Tokens per day, a line over the days given. */
    static String tokensPerDay(List<UsageOverview.Day> days, String label) {
        return series(
                "line",
                label,
                days.stream().map(d -> d.day().format(DAY)).toList(),
                days.stream().map(d -> tokens(d.sums())).toList(),
                false);
    }

    /** Cost in EUR per day, bars over the days given. */
    static String costPerDay(List<UsageOverview.Day> days, String label) {
        return series(
                "bar",
                label,
                days.stream().map(d -> d.day().format(DAY)).toList(),
                days.stream().map(d -> exact(d.sums().costEur())).toList(),
                false);
    }

    /** Shares of the cost, or of the calls served when nothing was priced (free models), as a doughnut. */
    static String shares(List<UsageOverview.Share> shares, String costLabel, String callsLabel) {
        boolean priced = shares.stream().anyMatch(s -> s.sums().costEur().signum() > 0);
        return doughnut(
                priced ? costLabel : callsLabel,
                shares.stream().map(UsageOverview.Share::name).toList(),
                shares.stream()
                        .map(s -> priced
                                ? (Number) exact(s.sums().costEur())
                                : (Number) s.sums().served())
                        .toList());
    }

    static long tokens(UsageRollup sums) {
        return sums.inputTokens() + sums.outputTokens();
    }

    /** The cost as stored (6 decimals), without trailing zeros: a chart of small costs is not flat at 0.00. */
    static BigDecimal exact(BigDecimal euros) {
        return euros.signum() == 0 ? BigDecimal.ZERO : euros.stripTrailingZeros();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Number n : values) {
            if (n instanceof BigDecimal d) {
                array.add(d);
            } else {
                array.add(n.longValue());
            }
        }
        return array;
    }
}
