package fr.guichet.common.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/** Chart.js configurations, as PrimeFaces' {@code p:chart} takes them (a JSON string). */
public final class Charts {

    private static final String COLOUR = "#2563eb";
    private static final List<String> PALETTE = List.of(
            "#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#ea580c",
            "#475569");

    private Charts() {}

    /** One series over labelled points: a line (days) or horizontal bars (clients). */
    public static String series(
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
    public static String doughnut(String label, List<String> labels, List<? extends Number> values) {
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
