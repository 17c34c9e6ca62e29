package fr.guichet.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Dolibarr's REST API ({@code /api/index.php}, JDK HttpServer) as Dolibarr 19 answers it:
 * the {@code DOLAPIKEY} header (401 without it or with a wrong key), {@code sqlfilters} on {@code t.ref_ext},
 * an empty third-party list as 404 {@code Thirdparties not found} and an empty invoice list as {@code []}, creations
 * answering a bare id, every field a string, drafts {@code (PROVn)} numbered {@code FAyymm-nnnn} (credit notes
 * {@code AVyymm-nnnn}) on validation, 304 when validated again, 500 on validating an invoice without lines, credit
 * note prices made negative, payments of the remainder or of given amounts (400 {@code TotalAmountEmpty} when
 * nothing remains), and Restler's error body. It keeps no duplicate check, like Dolibarr. Tests can make it fail:
 * down (503 for everything), the next matching calls failing with a status, or answering late after doing the work.
 */
final class DolibarrDouble implements AutoCloseable {

    static final String KEY = "dolibarr-it-key-0123456789";
    static final String VERSION = "19.0.4";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<Long, ObjectNode> thirdParties = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> invoices = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> discounts = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private long nextId = 1;
    private int invoiceNumbers;
    private int creditNumbers;
    private volatile boolean down;

    /** The next call matching {@code method} and {@code pathPart} answers {@code status}, or answers after a delay. */
    private record Fault(String method, String pathPart, int status, String body, long delayMillis) {}

    private DolibarrDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/index.php", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static DolibarrDouble start() {
        try {
            return new DolibarrDouble();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void down(boolean isDown) {
        this.down = isDown;
    }

    /** The next call whose path ends with {@code pathPart} answers {@code status} with Dolibarr's error body. */
    void failNext(String method, String pathPart, int status, String message) {
        faults.add(new Fault(method, pathPart, status, message, 0));
    }

    /** The next matching call does its work, then answers only after {@code millis} (the client has given up). */
    void answerLate(String method, String pathPart, long millis) {
        faults.add(new Fault(method, pathPart, 0, null, millis));
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    synchronized List<ObjectNode> thirdParties(String refExt) {
        return thirdParties.values().stream()
                .filter(t -> refExt.equals(t.path("ref_ext").asText()))
                .map(ObjectNode::deepCopy)
                .toList();
    }

    synchronized List<ObjectNode> invoices(String refExt) {
        return invoices.values().stream()
                .filter(t -> refExt.equals(t.path("ref_ext").asText()))
                .map(ObjectNode::deepCopy)
                .toList();
    }

    /** Changes a field of the invoice with this {@code ref_ext}, as a Dolibarr user would by hand. */
    synchronized void edit(String refExt, String field, String value) {
        invoices.values().stream()
                .filter(i -> refExt.equals(i.path("ref_ext").asText()))
                .forEach(i -> i.put(field, value));
    }

    /** Deletes the invoice with this {@code ref_ext}, as a Dolibarr user would by hand. */
    synchronized void delete(String refExt) {
        invoices.values().removeIf(i -> refExt.equals(i.path("ref_ext").asText()));
    }

    synchronized Collection<ObjectNode> allInvoices() {
        return invoices.values().stream().map(ObjectNode::deepCopy).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // --- the API ---

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath().substring("/api/index.php".length());
            String query = exchange.getRequestURI().getRawQuery();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            if (down) {
                text(exchange, 503, "<html><body><h1>503 Service Unavailable</h1></body></html>");
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("DOLAPIKEY");
            if (key == null) {
                error(
                        exchange,
                        401,
                        "Unauthorized: Failed to login to API. Neither parameter 'HTTP_DOLAPIKEY' nor"
                                + " 'Authentication: Bearer' found");
                return;
            }
            if (!KEY.equals(key)) {
                error(
                        exchange,
                        401,
                        "Unauthorized: Error user not valid (not found with api key or bad status or"
                                + " bad validity dates) (conf->entity=1)");
                return;
            }
            Fault fault = fault(method, path);
            if (fault != null && fault.delayMillis() == 0) {
                error(exchange, fault.status(), fault.body());
                return;
            }
            JsonNode body = raw.length == 0 ? Api.JSON.createObjectNode() : Api.JSON.readTree(raw);
            Reply reply;
            synchronized (this) {
                calls.add(method + " " + path);
                reply = route(method, path, query, body);
            }
            if (fault != null) {
                sleep(fault.delayMillis());
            }
            if (reply.status() == 304) {
                exchange.sendResponseHeaders(304, -1);
            } else if (reply.body() instanceof String message && reply.status() >= 400) {
                error(exchange, reply.status(), message);
            } else {
                OpenAiDouble.json(exchange, reply.status(), reply.body());
            }
        }
    }

    private Fault fault(String method, String path) {
        for (Fault f : faults) {
            if (f.method().equals(method) && path.endsWith(f.pathPart()) && faults.remove(f)) {
                return f;
            }
        }
        return null;
    }

    private record Reply(int status, Object body) {}

    /** Dolibarr's dictionary ids of a few countries (llx_c_country). */
    private static final Map<String, String> COUNTRIES = Map.of("FR", "1", "BE", "2", "DE", "5");

    private static final Pattern ONE = Pattern.compile("^/(thirdparties|invoices)/(\\d+)$");
    private static final Pattern SUB = Pattern.compile("^/invoices/(\\d+)/(lines|validate|payments)$");
    private static final Pattern CREDIT =
            Pattern.compile("^/invoices/(\\d+)/(markAsCreditAvailable|discount|settopaid|usecreditnote/(\\d+))$");
    private static final Pattern LINE = Pattern.compile("^/invoices/(\\d+)/lines/(\\d+)$");

    private Reply route(String method, String path, String query, JsonNode body) {
        Map<String, String> params = params(query);
        if (method.equals("GET") && path.equals("/status")) {
            return new Reply(
                    200, Map.of("success", Map.of("code", 200, "dolibarr_version", VERSION, "access_locked", "0")));
        }
        if (method.equals("GET") && path.equals("/setup/dictionary/countries")) {
            List<Map<String, String>> found = COUNTRIES.entrySet().stream()
                    .filter(c -> ("(t.code:=:'" + c.getKey() + "')").equals(params.get("sqlfilters")))
                    .map(c -> Map.of("id", c.getValue(), "code", c.getKey()))
                    .toList();
            return found.isEmpty() ? new Reply(404, "Not Found: No country found") : new Reply(200, found);
        }
        if (method.equals("GET") && path.equals("/users/info")) {
            return new Reply(
                    200,
                    Map.of(
                            "id",
                            "2",
                            "login",
                            "guichet-sync",
                            "admin",
                            "0",
                            "rights",
                            Map.of(
                                    "societe",
                                    Map.of("lire", 1, "creer", 1),
                                    "facture",
                                    Map.of("lire", 1, "creer", 1))));
        }
        if (method.equals("GET") && (path.equals("/thirdparties") || path.equals("/invoices"))) {
            Map<Long, ObjectNode> all = path.equals("/thirdparties") ? thirdParties : invoices;
            List<ObjectNode> found = filter(all.values(), params.get("sqlfilters"));
            if (found == null) {
                return new Reply(
                        400, "Bad Request: Error when validating parameter sqlfilters -> " + params.get("sqlfilters"));
            }
            if (found.isEmpty() && path.equals("/thirdparties")) {
                return new Reply(404, "Not Found: Thirdparties not found");
            }
            int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
            return new Reply(200, found.subList(0, Math.min(limit, found.size())));
        }
        if (method.equals("POST") && path.equals("/thirdparties")) {
            if (body.path("name").asText().isBlank()) {
                return new Reply(400, "Bad Request: name field missing");
            }
            long id = nextId++;
            ObjectNode party = strings(body);
            party.put("id", Long.toString(id));
            party.put("code_client", "CU2612-" + String.format("%05d", id));
            thirdParties.put(id, party);
            return new Reply(200, id);
        }
        Matcher one = ONE.matcher(path);
        if (one.matches()) {
            long id = Long.parseLong(one.group(2));
            Map<Long, ObjectNode> all = one.group(1).equals("thirdparties") ? thirdParties : invoices;
            ObjectNode found = all.get(id);
            if (found == null) {
                return new Reply(
                        404,
                        one.group(1).equals("thirdparties")
                                ? "Not Found: Thirdparty not found"
                                : "Not Found: Invoice not found");
            }
            if (method.equals("PUT")) {
                strings(body).fields().forEachRemaining(f -> found.set(f.getKey(), f.getValue()));
            }
            return new Reply(200, found);
        }
        if (method.equals("POST") && path.equals("/invoices")) {
            return createInvoice(body);
        }
        if (method.equals("POST") && path.equals("/invoices/paymentsdistributed")) {
            return payDistributed(body);
        }
        Matcher line = LINE.matcher(path);
        if (line.matches() && method.equals("DELETE")) {
            ObjectNode invoice = invoices.get(Long.parseLong(line.group(1)));
            if (invoice == null) {
                return new Reply(404, "Not Found: Invoice not found");
            }
            ArrayNode lines = (ArrayNode) invoice.get("lines");
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).path("id").asText().equals(line.group(2))) {
                    lines.remove(i);
                    totals(invoice);
                    return new Reply(200, Map.of("success", Map.of("code", 200)));
                }
            }
            return new Reply(404, "Not Found: Line not found");
        }
        Matcher credit = CREDIT.matcher(path);
        if (credit.matches()) {
            ObjectNode invoice = invoices.get(Long.parseLong(credit.group(1)));
            if (invoice == null) {
                return new Reply(404, "Not Found: Invoice not found");
            }
            String action = credit.group(2).startsWith("usecreditnote") ? "usecreditnote" : credit.group(2);
            return switch (method + " " + action) {
                case "POST markAsCreditAvailable" -> markAsCreditAvailable(invoice);
                case "GET discount" ->
                    discounts.values().stream()
                            .filter(d -> d.get("fk_facture_source")
                                    .asText()
                                    .equals(invoice.get("id").asText()))
                            .findFirst()
                            .map(d -> new Reply(200, d))
                            .orElse(new Reply(404, "Not Found: Discount not found"));
                case "POST usecreditnote" -> useCreditNote(invoice, Long.parseLong(credit.group(3)));
                case "POST settopaid" -> {
                    if (invoice.path("statut").asText().equals("2")) {
                        yield new Reply(304, null);
                    }
                    invoice.put("statut", "2");
                    invoice.put("status", "2");
                    invoice.put("paye", "1");
                    yield new Reply(200, invoice);
                }
                default -> new Reply(501, "Not Implemented: " + method + " " + path);
            };
        }
        Matcher sub = SUB.matcher(path);
        if (sub.matches()) {
            ObjectNode invoice = invoices.get(Long.parseLong(sub.group(1)));
            if (invoice == null) {
                return new Reply(404, "Not Found: Invoice not found");
            }
            return switch (method + " " + sub.group(2)) {
                case "POST lines" -> addLine(invoice, body);
                case "POST validate" -> validate(invoice);
                case "GET payments" -> new Reply(200, invoice.get("payments"));
                case "POST payments" -> payRemainder(invoice, body);
                default -> new Reply(501, "Not Implemented: " + method + " " + path);
            };
        }
        return new Reply(501, "Not Implemented: " + method + " " + path);
    }

    private Reply createInvoice(JsonNode body) {
        if (!body.hasNonNull("socid")) {
            return new Reply(400, "Bad Request: socid field missing");
        }
        if (!thirdParties.containsKey(body.get("socid").asLong())) {
            return new Reply(500, "Internal Server Error: Error creating invoice, DB_ERROR_CANNOT_ADD_CHILD_ROW");
        }
        long id = nextId++;
        ObjectNode invoice = strings(body);
        invoice.remove("lines");
        invoice.put("id", Long.toString(id));
        invoice.put("ref", "(PROV" + id + ")");
        invoice.put("statut", "0");
        invoice.put("status", "0");
        invoice.put("paye", "0");
        invoice.put("type", body.path("type").asText("0"));
        invoice.set("lines", Api.JSON.createArrayNode());
        invoice.set("payments", Api.JSON.createArrayNode());
        invoices.put(id, invoice);
        for (JsonNode line : body.path("lines")) {
            addLine(invoice, line);
        }
        return new Reply(200, id);
    }

    private Reply addLine(ObjectNode invoice, JsonNode body) {
        if (!invoice.path("statut").asText().equals("0")) {
            return new Reply(400, "Bad Request: Unable to insert the new line. Check your inputs. ");
        }
        boolean credit = invoice.path("type").asText().equals("2");
        ObjectNode line = strings(body);
        BigDecimal qty = new BigDecimal(body.path("qty").asText("1"));
        qty = credit ? qty.abs() : qty; // Facture::addline: abs(qty) on a credit note only
        BigDecimal price = new BigDecimal(body.path("subprice").asText("0"));
        price = credit ? price.abs().negate() : price;
        BigDecimal rate = new BigDecimal(body.path("tva_tx").asText("0"));
        BigDecimal ht = qty.multiply(price).setScale(2, RoundingMode.HALF_UP);
        BigDecimal tva = ht.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        long id = nextId++;
        line.put("id", Long.toString(id));
        line.put("rowid", Long.toString(id));
        line.put("qty", qty.toPlainString());
        line.put("subprice", price.setScale(8, RoundingMode.HALF_UP).toPlainString());
        line.put("total_ht", ht.setScale(8, RoundingMode.HALF_UP).toPlainString());
        line.put("total_tva", tva.setScale(8, RoundingMode.HALF_UP).toPlainString());
        line.put("total_ttc", ht.add(tva).setScale(8, RoundingMode.HALF_UP).toPlainString());
        ((ArrayNode) invoice.get("lines")).add(line);
        totals(invoice);
        return new Reply(200, id);
    }

    private void totals(ObjectNode invoice) {
        BigDecimal ht = BigDecimal.ZERO;
        BigDecimal tva = BigDecimal.ZERO;
        for (JsonNode line : invoice.get("lines")) {
            ht = ht.add(new BigDecimal(line.get("total_ht").asText()));
            tva = tva.add(new BigDecimal(line.get("total_tva").asText()));
        }
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode payment : invoice.get("payments")) {
            paid = paid.add(new BigDecimal(payment.get("amount").asText()));
        }
        for (ObjectNode discount : discounts.values()) {
            if (discount.path("fk_facture").asText().equals(invoice.get("id").asText())) {
                paid = paid.add(new BigDecimal(discount.get("total_ttc").asText()));
            }
        }
        BigDecimal ttc = ht.add(tva);
        invoice.put("total_ht", ht.setScale(8, RoundingMode.HALF_UP).toPlainString());
        invoice.put("total_tva", tva.setScale(8, RoundingMode.HALF_UP).toPlainString());
        invoice.put("total_ttc", ttc.setScale(8, RoundingMode.HALF_UP).toPlainString());
        invoice.put("totalpaid", paid.toPlainString());
        invoice.put("remaintopay", ttc.subtract(paid).stripTrailingZeros().toPlainString());
    }

    private Reply validate(ObjectNode invoice) {
        if (!invoice.path("statut").asText().equals("0")) {
            return new Reply(304, null);
        }
        if (invoice.get("lines").isEmpty()) {
            return new Reply(
                    500, "Internal Server Error: Error when validating Invoice: ErrorObjectMustHaveLinesToBeValidated");
        }
        boolean credit = invoice.path("type").asText().equals("2");
        String yymm =
                DateTimeFormatter.ofPattern("yyMM").withZone(ZoneOffset.UTC).format(Instant.now());
        int n = credit ? ++creditNumbers : ++invoiceNumbers;
        invoice.put("ref", (credit ? "AV" : "FA") + yymm + "-" + String.format("%04d", n));
        invoice.put("statut", "1");
        invoice.put("status", "1");
        return new Reply(200, invoice);
    }

    /** As Dolibarr: a discount per credit note (one VAT rate here), the credit note closed; refused once closed. */
    private Reply markAsCreditAvailable(ObjectNode note) {
        if (!note.path("type").asText().equals("2")) {
            return new Reply(400, "Bad Request: Invoice is not a credit note");
        }
        if (note.path("paye").asText().equals("1")) {
            return new Reply(500, "Internal Server Error: Alreay paid");
        }
        long id = nextId++;
        ObjectNode discount = Api.JSON.createObjectNode();
        discount.put("id", Long.toString(id));
        discount.put("fk_facture_source", note.get("id").asText());
        discount.put(
                "total_ttc",
                new BigDecimal(note.get("total_ttc").asText()).abs().toPlainString());
        discount.put("description", "(CREDIT_NOTE)");
        discount.putNull("fk_facture");
        discounts.put(id, discount);
        note.put("paye", "1");
        note.put("statut", "2");
        note.put("status", "2");
        return new Reply(200, note);
    }

    /** As Dolibarr's API: links the discount to the invoice without checking it is unused or fits; returns 1. */
    private Reply useCreditNote(ObjectNode invoice, long discountId) {
        ObjectNode discount = discounts.get(discountId);
        if (discount == null) {
            return new Reply(404, "Not Found: Credit not found");
        }
        discount.put("fk_facture", invoice.get("id").asText());
        totals(invoice);
        return new Reply(200, 1);
    }

    private Reply payRemainder(ObjectNode invoice, JsonNode body) {
        Reply refused = refusePayment(body);
        if (refused != null) {
            return refused;
        }
        BigDecimal remaining = new BigDecimal(invoice.get("remaintopay").asText());
        if (remaining.signum() == 0) {
            return new Reply(400, "Bad Request: Payment error : TotalAmountEmpty");
        }
        return new Reply(200, pay(invoice, remaining, body));
    }

    private Reply payDistributed(JsonNode body) {
        Reply refused = refusePayment(body);
        if (refused != null) {
            return refused;
        }
        JsonNode amounts = body.path("arrayofamounts");
        if (!amounts.isObject() || amounts.isEmpty()) {
            return new Reply(400, "Bad Request: arrayofamounts must not be empty");
        }
        long id = 0;
        var names = amounts.fieldNames();
        while (names.hasNext()) {
            String invoiceId = names.next();
            ObjectNode invoice = invoices.get(Long.parseLong(invoiceId));
            if (invoice == null) {
                return new Reply(404, "Not Found: Invoice ID " + invoiceId + " not found");
            }
            BigDecimal amount =
                    new BigDecimal(amounts.get(invoiceId).path("amount").asText());
            if (amount.compareTo(new BigDecimal(invoice.get("remaintopay").asText())) > 0) {
                return new Reply(
                        400,
                        "Bad Request: Payment amount on invoice ID " + invoiceId + " (" + amount
                                + ") is higher than remain to pay");
            }
            id = pay(invoice, amount, body);
        }
        return new Reply(200, id);
    }

    private static Reply refusePayment(JsonNode body) {
        if (!body.hasNonNull("accountid")) {
            return new Reply(400, "Bad Request: Account ID is mandatory");
        }
        if (!body.hasNonNull("paymentid")) {
            return new Reply(400, "Bad Request: Payment ID or Payment Code is mandatory");
        }
        if (!body.path("closepaidinvoices").isTextual()) {
            return new Reply(400, "Bad Request: closepaidinvoices must be 'yes' or 'no'");
        }
        return null;
    }

    private long pay(ObjectNode invoice, BigDecimal amount, JsonNode body) {
        long id = nextId++;
        ObjectNode payment = Api.JSON.createObjectNode();
        payment.put("amount", amount.setScale(8, RoundingMode.HALF_UP).toPlainString());
        payment.put("type", body.path("paymentid").asText().equals("6") ? "CB" : "VIR");
        payment.put(
                "date",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .withZone(ZoneOffset.UTC)
                        .format(Instant.ofEpochSecond(body.path("datepaye").asLong())));
        payment.put("num", body.path("num_payment").asText(""));
        payment.put("ref", "PAY2612-" + String.format("%04d", id));
        payment.put("fk_bank_line", Long.toString(id));
        ((ArrayNode) invoice.get("payments")).add(payment);
        totals(invoice);
        if (new BigDecimal(invoice.get("remaintopay").asText()).signum() == 0
                && body.path("closepaidinvoices").asText().equals("yes")) {
            invoice.put("statut", "2");
            invoice.put("status", "2");
            invoice.put("paye", "1");
        }
        return id;
    }

    // --- helpers ---

    private static final Pattern FILTER = Pattern.compile("^\\(t\\.(\\w+):(=|>=|<=):'([^']*)'\\)$");

    /**
     * The objects matching {@code (t.column:op:'value')} conditions joined by {@code and} (equality on
     * {@code ref_ext}, {@code nom}, {@code email}, {@code ref}; a range on {@code datef}); null for a filter Dolibarr
     * would refuse.
     */
    private static List<ObjectNode> filter(Collection<ObjectNode> all, String sqlfilters) {
        List<ObjectNode> found = new ArrayList<>(all);
        if (sqlfilters == null) {
            return found;
        }
        for (String condition : sqlfilters.split(" and ")) {
            Matcher m = FILTER.matcher(condition.strip());
            if (!m.matches()) {
                return null;
            }
            String field = m.group(1);
            String op = m.group(2);
            String value = m.group(3);
            if (field.equals("datef")) {
                LocalDate bound = LocalDate.parse(value);
                found.removeIf(o -> {
                    LocalDate date = LocalDate.ofInstant(
                            Instant.ofEpochSecond(o.path("date").asLong()), ZoneOffset.UTC);
                    return op.equals(">=")
                            ? date.isBefore(bound)
                            : op.equals("<=") ? date.isAfter(bound) : !date.equals(bound);
                });
            } else if (List.of("ref_ext", "nom", "email", "ref").contains(field) && op.equals("=")) {
                String column = field.equals("nom") ? "name" : field;
                found.removeIf(o -> !o.path(column).asText().equals(value));
            } else {
                return null;
            }
        }
        return found.stream().map(ObjectNode::deepCopy).toList();
    }

    private static ObjectNode strings(JsonNode body) {
        ObjectNode copy = Api.JSON.createObjectNode();
        body.fields()
                .forEachRemaining(f -> copy.set(
                        f.getKey(),
                        f.getValue().isValueNode()
                                ? Api.JSON
                                        .getNodeFactory()
                                        .textNode(f.getValue().asText())
                                : f.getValue().deepCopy()));
        return copy;
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        OpenAiDouble.json(exchange, status, Map.of("error", Map.of("code", status, "message", message)));
    }

    private static void text(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
