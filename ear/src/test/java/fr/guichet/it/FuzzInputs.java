package fr.guichet.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The malformed requests sent to one operation, drawn from its schema with a seeded {@link Random}: bad path and
 * query values, bodies that are not JSON, of the wrong type, missing or extra fields, huge or deeply nested
 * values, control characters, bytes that are not UTF-8, the wrong content type, no body at all.
 */
final class FuzzInputs {

    /** One request to send: what it tries, the target (path and query, as sent), its content type and body. */
    record Input(String name, String target, String contentType, byte[] body) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] BAD_PATH_VALUES = {
        "%zz",
        "a%2Fb",
        "..%2F..%2Fadmin",
        "x".repeat(2000),
        "%C3%A9%E6%9D%B1",
        "-1",
        "%20",
        "%E2%80%AE",
        "null",
        "{id}",
        "a|b^c"
    };
    private static final String[] BAD_QUERY_VALUES = {
        "-1",
        "abc",
        "99999999999999999999",
        "%zz",
        "2026-13-45",
        "",
        "x".repeat(5000),
        "%00",
        "1e9",
        "%E2%80%AE",
        "a|b",
        "{x}"
    };
    private static final String UNSAFE = "fuzz\u0000\u001b[2J\u202Egpj.exe";

    private final JsonNode spec;
    private final Random random;
    /** The real id of a path parameter (path, name), or null: a random one is used. */
    private final BiFunction<String, String, String> knownIds;

    FuzzInputs(JsonNode spec, Random random, BiFunction<String, String, String> knownIds) {
        this.spec = spec;
        this.random = random;
        this.knownIds = knownIds;
    }

    List<Input> of(FuzzOperation op) {
        List<Input> inputs = new ArrayList<>();
        String path = validPath(op);
        for (String param : op.pathParams()) {
            for (String bad : pick(BAD_PATH_VALUES, 3, "%zz")) {
                inputs.add(new Input(
                        "path " + param + "=" + cut(bad), fill(op, param).replace("{" + param + "}", bad), null, null));
            }
        }
        for (String param : op.queryParams()) {
            for (String bad : pick(BAD_QUERY_VALUES, 2, "%zz")) {
                inputs.add(new Input("query " + param + "=" + cut(bad), path + "?" + param + "=" + bad, null, null));
            }
        }
        if (op.bodySchema() != null) {
            bodies(op.bodySchema(), path, inputs);
        } else if (op.writes()) {
            inputs.add(new Input("unexpected body", path, "application/json", bytes("{\"x\":")));
        }
        return inputs;
    }

    private void bodies(JsonNode schema, String path, List<Input> inputs) {
        JsonNode resolved = resolve(schema);
        ObjectNode valid =
                resolved.path("properties").isObject() ? (ObjectNode) example(resolved, 0) : NODES.objectNode();
        json(inputs, "not JSON", path, "{\"a\":");
        json(inputs, "trailing garbage", path, valid + "}}garbage");
        json(inputs, "empty body", path, "");
        json(inputs, "null", path, "null");
        json(inputs, "an array", path, "[]");
        json(inputs, "a number", path, "42");
        json(inputs, "1,000 levels deep", path, "{\"x\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        inputs.add(new Input("not UTF-8", path, "application/json", new byte[] {
            '{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'
        }));
        inputs.add(new Input("text/plain", path, "text/plain", bytes(valid.toString())));
        inputs.add(new Input("XML", path, "application/xml", bytes("<tenant><name>x</name></tenant>")));
        inputs.add(new Input("no content type", path, null, bytes(valid.toString())));
        ObjectNode extra = valid.deepCopy().put("zzUnknownField", 1);
        json(inputs, "an unknown field", path, extra.toString());
        for (String required : names(resolved.path("required"))) {
            ObjectNode missing = valid.deepCopy();
            missing.remove(required);
            json(inputs, "without " + required, path, missing.toString());
        }
        List<String> properties = names(resolved.path("properties").fieldNames());
        for (String property : pickAll(properties, 4)) {
            JsonNode type = resolve(resolved.path("properties").path(property));
            json(
                    inputs,
                    property + " of the wrong type",
                    path,
                    with(valid, property, wrongType(type)).toString());
            json(
                    inputs,
                    property + " of 100,000 characters",
                    path,
                    with(valid, property, NODES.textNode("x".repeat(100_000))).toString());
            json(
                    inputs,
                    property + " with control characters",
                    path,
                    with(valid, property, NODES.textNode(UNSAFE)).toString());
        }
    }

    /** A plausible value of the schema (the other fields of a mutated body), depth-bounded. */
    private JsonNode example(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = type(s);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    s.path("properties")
                            .fields()
                            .forEachRemaining(p -> object.set(p.getKey(), example(p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                return NODES.arrayNode();
            }
            case "integer" -> {
                return NODES.numberNode(1 + random.nextInt(5));
            }
            case "number" -> {
                return NODES.numberNode(1.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                String format = s.path("format").asText();
                if (format.equals("date")) {
                    return NODES.textNode("2026-11-0" + (1 + random.nextInt(9)));
                }
                if (format.equals("date-time")) {
                    return NODES.textNode("2026-11-01T10:00:00Z");
                }
                if (format.equals("email")) {
                    return NODES.textNode("fuzz" + random.nextInt(1000) + "@fuzz.example");
                }
                return NODES.textNode("fuzz-" + Integer.toString(random.nextInt(1 << 20), 36));
            }
        }
    }

    private static JsonNode wrongType(JsonNode schema) {
        return switch (type(schema)) {
            case "string" -> NODES.numberNode(12345);
            case "integer", "number" -> NODES.textNode("twelve");
            case "boolean" -> NODES.textNode("yes");
            case "array" -> NODES.objectNode().put("not", "an array");
            default -> NODES.textNode("not an object");
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "string";
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            s = spec.at(s.get("$ref").asText().substring(1));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(s.get("allOf").get(0));
        }
        return s;
    }

    private String validPath(FuzzOperation op) {
        return fill(op, null);
    }

    /**
     * The path with its parameters but {@code except} filled (the one a bad value goes into, after: a bad value
     * such as "{id}" must not be filled in turn): the real id when there is one, else a plausible value.
     */
    private String fill(FuzzOperation op, String except) {
        String path = op.path();
        for (String param : op.pathParams()) {
            if (param.equals(except)) {
                continue;
            }
            String known = knownIds.apply(op.path(), param);
            String value = known != null
                    ? known
                    : param.equals("address")
                            ? "203.0.113." + (1 + random.nextInt(200))
                            : param.equals("model")
                                    ? "fuzz-model-" + random.nextInt(1000)
                                    : UUID.randomUUID().toString();
            path = path.replace("{" + param + "}", value);
        }
        return path;
    }

    private static ObjectNode with(ObjectNode valid, String property, JsonNode value) {
        ObjectNode copy = valid.deepCopy();
        copy.set(property, value);
        return copy;
    }

    private static void json(List<Input> inputs, String name, String path, String body) {
        inputs.add(new Input(name, path, "application/json", bytes(body)));
    }

    private List<String> pick(String[] values, int count, String always) {
        List<String> picked = new ArrayList<>(List.of(always));
        List<String> rest = new ArrayList<>(List.of(values));
        rest.remove(always);
        java.util.Collections.shuffle(rest, random);
        picked.addAll(rest.subList(0, Math.min(count - 1, rest.size())));
        return picked;
    }

    private List<String> pickAll(List<String> values, int count) {
        List<String> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<String> names(Iterator<String> iterator) {
        List<String> names = new ArrayList<>();
        iterator.forEachRemaining(names::add);
        return names;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String cut(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }

    static String pretty(JsonNode node) {
        return JSON.valueToTree(node).toString();
    }
}
