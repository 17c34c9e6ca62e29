package fr.guichet.metering.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.access.service.ApiKeyService;
import fr.guichet.common.domain.DomainException;
import fr.guichet.metering.service.ClientUsageHistory;
import fr.guichet.metering.service.ClientUsageHistory.History;
import fr.guichet.metering.service.UsageOverview.Share;
import fr.guichet.tenancy.view.ClientView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;

/**
 * Backs the usage of {@code /tenants/client.xhtml?id=}: this month's figures, tokens and cost per day over 30 days,
 * and this month by model and by API key, from the rollups, once per request.
 */
@Named
@ViewScoped
public class ClientHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientUsageHistory usage;

    @Inject
    ApiKeyService keys;

    @Inject
    Amounts amounts;

    private transient History history;
    private transient List<KeyRow> byKey;

    /** The client the page shows, whose id it holds for the whole view. */
    @Inject
    ClientView client;

    private History history() {
        if (history == null) {
            history = usage.of(client.getTenantId());
        }
        return history;
    }

    public String getTokens() {
        return integer(UsageCharts.tokens(history().monthToDate()));
    }

    public String getCost() {
        return amounts.euros(history().monthToDate().costEur()) + " €";
    }

    public String getServed() {
        return integer(history().monthToDate().served());
    }

    public String getRefused() {
        return integer(
                history().monthToDate().refused() + history().monthToDate().failed());
    }

    public boolean isIdle() {
        return history().days().stream().allMatch(d -> d.sums().served() == 0);
    }

    public String getTokensPerDay() {
        return UsageCharts.tokensPerDay(history().days(), text("usage.tokens"));
    }

    public String getCostPerDay() {
        return UsageCharts.costPerDay(history().days(), text("usage.costEur"));
    }

    public String getByModel() {
        return UsageCharts.shares(history().byModel(), text("usage.costEur"), text("usage.served"));
    }

    /** This month per key, named as the client named them ("—": calls made without a key). */
    public List<KeyRow> getByKey() {
        if (byKey == null) { // the table reads its value more than once a render; a key's name is a query
            byKey = history().byKey().stream().map(this::row).toList();
        }
        return byKey;
    }

    public record KeyRow(String name, String served, String tokens, String cost) {}

    private KeyRow row(Share s) {
        return new KeyRow(
                keyName(s.name()),
                integer(s.sums().served()),
                integer(UsageCharts.tokens(s.sums())),
                amounts.euros(s.sums().costEur()) + " €");
    }

    private String keyName(String keyId) {
        if (keyId.isEmpty()) {
            return "—";
        }
        try {
            var key = keys.get(client.getTenantId(), keyId);
            return key.name() + " (" + key.masked() + ")";
        } catch (DomainException e) {
            return keyId;
        }
    }

    private String integer(long value) {
        return NumberFormat.getIntegerInstance(Amounts.locale()).format(value);
    }
}
