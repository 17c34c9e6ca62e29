package fr.guichet.billing.erp;

import fr.guichet.billing.erp.DolibarrException.Kind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Dolibarr's REST API as Guichet uses it ({@code {base}/api/index.php}, the key in {@code DOLAPIKEY}, JSON both
 * ways), with its quirks turned into plain outcomes: an empty list is empty whether it came as {@code 404} or
 * {@code []}, {@code 304} on validate is "already validated", creations answer a bare id. Every failure leaves as a
 * {@link DolibarrException} whose message quotes Dolibarr's own words, never the key.
 */
public final class Dolibarr {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String api;
    private final String key;
    private final Duration timeout;

    public Dolibarr(String baseUrl, String key, Duration timeout) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.api = base.endsWith("/api/index.php") ? base : base + "/api/index.php";
        this.key = key;
        this.timeout = timeout;
    }

    /** {@code GET /status}: Dolibarr's {@code success} object ({@code dolibarr_version}, {@code access_locked}). */
    public JsonObject status() {
        JsonObject answer = object(call("GET", "/status", null));
        return answer.containsKey("success") ? answer.getJsonObject("success") : answer;
    }

    /** {@code GET /users/info?includepermissions=1}: the key's user with its rights. */
    public JsonObject user() {
        return object(call("GET", "/users/info?includepermissions=1", null));
    }

    public Optional<JsonObject> thirdPartyByRefExt(String refExt) {
        return first(list("/thirdparties", refExt));
    }

    public long createThirdParty(JsonObject party) {
        return id(call("POST", "/thirdparties", party));
    }

    public void updateThirdParty(long id, JsonObject party) {
        call("PUT", "/thirdparties/" + id, party);
    }

    public Optional<JsonObject> invoiceByRefExt(String refExt) {
        return first(list("/invoices", refExt));
    }

    /** One page (0-based, 100 a page) of the invoices dated in [from, to], oldest first. */
    public JsonArray invoicesBetween(java.time.LocalDate from, java.time.LocalDate to, int page) {
        String filter = "(t.datef:>=:'" + from + "') and (t.datef:<=:'" + to + "')";
        Answer answer = call(
                "GET",
                "/invoices?sortfield=t.rowid&sortorder=ASC&limit=100&page=" + page + "&sqlfilters="
                        + URLEncoder.encode(filter, StandardCharsets.UTF_8),
                null);
        if (answer.status() == 404) {
            return JsonValue.EMPTY_JSON_ARRAY; // Dolibarr 17 and 18: "No invoice found"
        }
        JsonValue value = parse(answer);
        if (value instanceof JsonArray array) {
            return array;
        }
        throw new DolibarrException(
                Kind.UNAVAILABLE, answer.status(), "Dolibarr answered a list with: " + excerpt(answer));
    }

    /** The id of a country in Dolibarr's dictionary, by its ISO code ({@code FR}); empty when Dolibarr has none. */
    public Optional<Long> countryId(String code) {
        String filter = "(t.code:=:'" + code.replace("'", "") + "')";
        Answer answer = call(
                "GET",
                "/setup/dictionary/countries?limit=1&sqlfilters=" + URLEncoder.encode(filter, StandardCharsets.UTF_8),
                null);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        return parse(answer) instanceof JsonArray array && !array.isEmpty() && array.get(0) instanceof JsonObject c
                ? Optional.ofNullable(Dolibarr.number(c, "id")).map(java.math.BigDecimal::longValue)
                : Optional.empty();
    }

    public JsonObject invoice(long id) {
        return object(call("GET", "/invoices/" + id, null));
    }

    public long createInvoice(JsonObject invoice) {
        return id(call("POST", "/invoices", invoice));
    }

    public long addLine(long invoiceId, JsonObject line) {
        return id(call("POST", "/invoices/" + invoiceId + "/lines", line));
    }

    public void deleteLine(long invoiceId, long lineId) {
        call("DELETE", "/invoices/" + invoiceId + "/lines/" + lineId, null);
    }

    /** Validates a draft: the validated invoice (with its final {@code ref}), or empty when it already was (304). */
    public Optional<JsonObject> validate(long invoiceId) {
        Answer answer = call(
                "POST",
                "/invoices/" + invoiceId + "/validate",
                Json.createObjectBuilder()
                        .add("idwarehouse", 0)
                        .add("notrigger", 0)
                        .build());
        return answer.status() == 304 ? Optional.empty() : Optional.of(object(answer));
    }

    /**
     * {@code POST /invoices/{id}/markAsCreditAvailable}: turns a validated credit note into a discount of its client
     * (Dolibarr then marks the credit note paid; calling it again is refused with a 500 "already paid").
     */
    public void markAsCreditAvailable(long creditNoteId) {
        call(
                "POST",
                "/invoices/" + creditNoteId + "/markAsCreditAvailable",
                Json.createObjectBuilder().build());
    }

    /** {@code GET /invoices/{id}/discount}: the discount a credit note became; empty when it is none yet (404). */
    public Optional<JsonObject> discountOf(long creditNoteId) {
        Answer answer = call("GET", "/invoices/" + creditNoteId + "/discount", null);
        return answer.status() == 404 ? Optional.empty() : Optional.of(object(answer));
    }

    /** {@code POST /invoices/{id}/usecreditnote/{discount}}: the discount counts as paid on the invoice. */
    public void useCreditNote(long invoiceId, long discountId) {
        call(
                "POST",
                "/invoices/" + invoiceId + "/usecreditnote/" + discountId,
                Json.createObjectBuilder().build());
    }

    /** {@code POST /invoices/{id}/settopaid}: closes an invoice nothing is left to pay of (304: it was already). */
    public void setToPaid(long invoiceId) {
        call(
                "POST",
                "/invoices/" + invoiceId + "/settopaid",
                Json.createObjectBuilder().build());
    }

    /** The payments recorded on an invoice (each with {@code amount}, {@code num}, {@code ref}, {@code date}). */
    public JsonArray payments(long invoiceId) {
        Answer answer = call("GET", "/invoices/" + invoiceId + "/payments", null);
        if (answer.status() == 404) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        JsonValue value = parse(answer);
        if (value instanceof JsonArray array) {
            return array;
        }
        // never "no payments" on a doubt: the payment would be posted a second time
        throw new DolibarrException(
                Kind.UNAVAILABLE, answer.status(), "Dolibarr answered the payments with: " + excerpt(answer));
    }

    /** {@code POST /invoices/{id}/payments}: pays the whole remaining amount. */
    public long payRemainder(long invoiceId, JsonObject payment) {
        return id(call("POST", "/invoices/" + invoiceId + "/payments", payment));
    }

    /** {@code POST /invoices/paymentsdistributed}: pays the amounts given per invoice. */
    public long payAmounts(JsonObject payment) {
        return id(call("POST", "/invoices/paymentsdistributed", payment));
    }

    // --- the wire ---

    record Answer(int status, String body) {}

    private JsonArray list(String resource, String refExt) {
        String filter = "(t.ref_ext:=:'" + refExt.replace("'", "") + "')";
        Answer answer = call(
                "GET",
                resource + "?sortfield=t.rowid&sortorder=ASC&limit=1&sqlfilters="
                        + URLEncoder.encode(filter, StandardCharsets.UTF_8),
                null);
        if (answer.status() == 404) {
            return JsonValue.EMPTY_JSON_ARRAY; // older versions: "Thirdparties not found" for an empty result
        }
        JsonValue value = parse(answer);
        if (value instanceof JsonArray array) {
            return array;
        }
        throw new DolibarrException(
                Kind.UNAVAILABLE, answer.status(), "Dolibarr answered a list with: " + excerpt(answer));
    }

    private static Optional<JsonObject> first(JsonArray items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.getJsonObject(0));
    }

    private Answer call(String method, String path, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .timeout(timeout)
                .header("DOLAPIKEY", key)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new DolibarrException(
                    Kind.UNAVAILABLE, "Dolibarr did not answer " + method + " " + bare(path) + " within " + timeout, e);
        } catch (IOException e) {
            throw new DolibarrException(
                    Kind.UNAVAILABLE,
                    "Dolibarr cannot be reached at " + api + " (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DolibarrException(Kind.UNAVAILABLE, "Interrupted while calling Dolibarr", e);
        }
        Answer answer = new Answer(response.statusCode(), response.body() == null ? "" : response.body());
        int status = answer.status();
        if (status < 300 || status == 304 || (status == 404 && "GET".equals(method) && isList(path))) {
            return answer;
        }
        String words = method + " " + bare(path) + ": " + status + " " + message(answer);
        if (status == 401) {
            throw new DolibarrException(Kind.KEY_REFUSED, status, "Dolibarr refused the API key (" + words + ")");
        }
        if (status == 403) {
            throw new DolibarrException(Kind.REFUSED, status, "The API key lacks a right in Dolibarr (" + words + ")");
        }
        if (status >= 500 && !namesWhatWasRefused(answer)) {
            throw new DolibarrException(Kind.UNAVAILABLE, status, "Dolibarr failed (" + words + ")");
        }
        if (status == 408 || status == 429) {
            throw new DolibarrException(Kind.UNAVAILABLE, status, "Dolibarr is busy (" + words + ")");
        }
        throw new DolibarrException(Kind.REFUSED, status, "Dolibarr refused it (" + words + ")");
    }

    private static boolean isList(String path) {
        return path.startsWith("/thirdparties?")
                || path.startsWith("/invoices?")
                || path.startsWith("/setup/dictionary/")
                || path.endsWith("/discount")
                || path.endsWith("/payments");
    }

    private static String bare(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** Whether a 5xx carries Dolibarr's reasons ({@code errors}), as when it refuses data (a duplicate SIREN). */
    private static boolean namesWhatWasRefused(Answer answer) {
        try {
            JsonValue value = parse(answer);
            if (!(value instanceof JsonObject object)) {
                return false;
            }
            JsonObject error = object.get("error") instanceof JsonObject e ? e : object;
            return nonEmptyArray(object.get("errors"))
                    || nonEmptyArray(error.get("errors"))
                    || !details(error).isEmpty();
        } catch (DolibarrException e) {
            return false;
        }
    }

    private static boolean nonEmptyArray(JsonValue value) {
        return value instanceof JsonArray array
                && array.stream()
                        .anyMatch(v ->
                                !(v instanceof JsonString s) || !s.getString().isBlank());
    }

    /** Dolibarr's words for a refusal: its {@code error.message} and {@code errors}, else the start of the body. */
    static String message(Answer answer) {
        try {
            JsonValue value = parse(answer);
            if (value instanceof JsonObject object) {
                StringBuilder words = new StringBuilder();
                if (object.get("error") instanceof JsonObject error) {
                    words.append(text(error.get("message")));
                    appendErrors(words, error.get("errors"));
                    appendErrors(words, details(error));
                }
                appendErrors(words, object.get("errors"));
                if (!words.isEmpty()) {
                    return words.toString();
                }
            }
        } catch (DolibarrException e) {
            // not JSON (a PHP warning, an HTML page of the SQL-injection guard): quote it below
        }
        return excerpt(answer);
    }

    /** Restler's details of a refusal: the error object's numbered entries ({@code "0": "ErrorProfId1AlreadyExists"}). */
    private static JsonArray details(JsonObject error) {
        var details = Json.createArrayBuilder();
        error.forEach((name, value) -> {
            if (name.matches("\\d+")
                    && value instanceof JsonString s
                    && !s.getString().isBlank()) {
                details.add(s);
            }
        });
        return details.build();
    }

    private static void appendErrors(StringBuilder words, JsonValue errors) {
        if (errors instanceof JsonArray array) {
            for (JsonValue e : array) {
                String t = text(e);
                if (!t.isBlank() && words.indexOf(t) < 0) {
                    words.append(words.isEmpty() ? "" : "; ").append(t);
                }
            }
        }
    }

    private static String excerpt(Answer answer) {
        String body =
                answer.body().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return body.isEmpty() ? "(no body)" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null || value == JsonValue.NULL ? "" : value.toString();
    }

    static JsonValue parse(Answer answer) {
        String body = answer.body().strip();
        try {
            return Json.createReader(new StringReader(body)).readValue();
        } catch (JsonException | IllegalStateException e) {
            // PHP's display_errors may put warnings before the JSON: the JSON is then the last line.
            int line = body.lastIndexOf('\n');
            if (line > 0) {
                try {
                    return Json.createReader(
                                    new StringReader(body.substring(line + 1).strip()))
                            .readValue();
                } catch (JsonException | IllegalStateException again) {
                    // fall through
                }
            }
            throw new DolibarrException(
                    Kind.UNAVAILABLE,
                    answer.status(),
                    "Dolibarr answered something that is not JSON: " + excerpt(answer));
        }
    }

    private static JsonObject object(Answer answer) {
        JsonValue value = parse(answer);
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new DolibarrException(
                Kind.UNAVAILABLE,
                answer.status(),
                "Dolibarr answered something else than an object: " + excerpt(answer));
    }

    /** A creation's answer: a bare integer, sometimes a numeric string. */
    private static long id(Answer answer) {
        JsonValue value = parse(answer);
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        if (value instanceof JsonString s && s.getString().strip().matches("\\d+")) {
            return Long.parseLong(s.getString().strip());
        }
        if (value instanceof JsonObject o && o.containsKey("id")) {
            return number(o, "id").longValue();
        }
        throw new DolibarrException(Kind.UNAVAILABLE, answer.status(), "Dolibarr answered no id: " + excerpt(answer));
    }

    /** A number of a Dolibarr object, which usually comes as a string ({@code "358.80000000"}); null when absent. */
    public static java.math.BigDecimal number(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            try {
                return new java.math.BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A text field, numbers and strings alike; null when absent or null. */
    public static String string(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
