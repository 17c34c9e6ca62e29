package fr.guichet.billing.erp;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Test connection": reaches Dolibarr with the saved settings, reads its version ({@code GET /status}) and the
 * key's user with its rights ({@code GET /users/info}), and lists the rights the sync needs that the key lacks. A
 * connection that works lifts a halt of the sync.
 */
@ApplicationScoped
public class ErpProbe {

    /** The rights the sync uses, as Dolibarr names them, with what each is for. */
    static final Map<String, String> RIGHTS = Map.of(
            "societe.lire", "read third parties",
            "societe.creer", "create and update third parties",
            "facture.lire", "read invoices",
            "facture.creer", "create and validate invoices, record payments");

    @Inject
    ErpSteps steps;

    @Inject
    ErpResume resume;

    public ErpViews.Connection test() {
        ErpConnection connection = steps.connection()
                .orElseThrow(() ->
                        new DomainException(ErrorCode.ERP_NOT_CONFIGURED, "Save Dolibarr's address and API key first"));
        if (connection.apiKey() == null) {
            return new ErpViews.Connection(false, null, null, List.of(), connection.haltedReason());
        }
        Dolibarr dolibarr = new Dolibarr(connection.baseUrl(), connection.apiKey(), Duration.ofSeconds(10));
        try {
            JsonObject status = dolibarr.status();
            String version = Dolibarr.string(status, "dolibarr_version");
            JsonObject user;
            try {
                user = dolibarr.user();
            } catch (DolibarrException e) {
                if (e.kind() != DolibarrException.Kind.REFUSED) {
                    throw e;
                }
                // reading one's own rights needs "user self creer" or "user user lire" in Dolibarr
                resume.resume();
                return new ErpViews.Connection(
                        true,
                        version,
                        null,
                        List.of(),
                        "Connected, but the key may not read its own rights: " + e.getMessage());
            }
            List<String> missing = missingRights(user);
            resume.resume();
            return new ErpViews.Connection(true, version, Dolibarr.string(user, "login"), missing, null);
        } catch (DolibarrException e) {
            return new ErpViews.Connection(false, null, null, List.of(), e.getMessage());
        }
    }

    /** The needed rights the user lacks, in words ({@code facture.creer (create invoices)}); admins lack none. */
    static List<String> missingRights(JsonObject user) {
        if ("1".equals(Dolibarr.string(user, "admin"))) {
            return List.of();
        }
        JsonObject rights = user.get("rights") instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
        List<String> missing = new ArrayList<>();
        RIGHTS.keySet().stream().sorted().forEach(right -> {
            String[] path = right.split("\\.");
            JsonValue value = rights;
            for (String part : path) {
                value = value instanceof JsonObject o ? o.get(part) : null;
            }
            if (!granted(value)) {
                missing.add(right + " (" + RIGHTS.get(right) + ")");
            }
        });
        if (rights.get("facture") instanceof JsonObject facture
                && facture.get("invoice_advance") instanceof JsonObject advanced
                && !granted(advanced.get("validate"))) {
            missing.add("facture.invoice_advance.validate (validate invoices)");
        }
        return missing;
    }

    private static boolean granted(JsonValue value) {
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        String text = value.toString().replace("\"", "");
        return !text.isEmpty() && !"0".equals(text) && !"false".equals(text);
    }
}
