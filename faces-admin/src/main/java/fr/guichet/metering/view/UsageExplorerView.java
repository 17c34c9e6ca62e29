package fr.guichet.metering.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.access.service.ApiKeyService;
import fr.guichet.access.service.ApiKeyView;
import fr.guichet.access.service.ChainProviders;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.common.view.PagedDataModel;
import fr.guichet.metering.service.UsageExplorer;
import fr.guichet.metering.service.UsageExplorer.Filter;
import fr.guichet.metering.service.UsageExplorer.Row;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /metering/explorer.xhtml}: the daily usage rollups of a period, narrowed to a client (its slug), a model
 * and a provider, a page at a time, and the same rows as CSV ({@link UsageCsvServlet}).
 */
@Named
@ViewScoped
public class UsageExplorerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UsageExplorer explorer;

    @Inject
    ChainProviders providers;

    @Inject
    ApiKeyService keys;

    @Inject
    TenantService tenants;

    private LocalDate from;
    private LocalDate to;
    private String client;
    private String model;
    private String providerId;
    private String apiKeyId;
    /** Names of the keys shown, by id: a key's name is a query. */
    private final Map<String, String> keyNames = new HashMap<>();

    private Filter applied;
    /** The slug the table is narrowed to (what was searched, not what is typed since). */
    private String appliedClient;

    private transient PagedDataModel<Row> rows;

    public LazyDataModel<Row> getRows() {
        if (rows == null) {
            rows = new PagedDataModel<>(
                    page -> explorer.page(filter(), page),
                    r -> r.day() + "/" + r.tenantId() + "/" + r.model() + "/" + r.provider() + "/" + r.apiKeyId());
        }
        return rows;
    }

    private Filter filter() {
        if (applied == null) {
            applied = explorer.filter(null, null, null, null, null, null);
        }
        return applied;
    }

    /** Applies the filter bar; what cannot be right is said on its field and the table keeps what it showed. */
    public void search(UIData table) {
        try {
            applied = explorer.filter(
                    from == null ? null : from.toString(),
                    to == null ? null : to.toString(),
                    client,
                    model,
                    providerId,
                    apiKeyId);
            appliedClient = applied.tenantId() == null ? null : client.strip();
            if (table != null) {
                table.setFirst(0);
            }
        } catch (DomainException e) {
            DomainMessages.addForFields(
                    FacesContext.getCurrentInstance(),
                    e,
                    Map.of(
                            "to", new DomainMessages.Input("explorer:to", text("audit.to")),
                            "client", new DomainMessages.Input("explorer:client", text("audit.client"))));
        }
    }

    /** The CSV of what the table shows, as a link relative to the console. */
    public String getCsvLink() {
        Filter f = filter();
        StringBuilder link = new StringBuilder("usage.csv?from=")
                .append(f.from())
                .append("&to=")
                .append(f.to());
        if (appliedClient != null) {
            link.append("&client=").append(encode(appliedClient));
        }
        if (f.model() != null) {
            link.append("&model=").append(encode(f.model()));
        }
        if (f.providerId() != null) {
            link.append("&providerId=").append(encode(f.providerId()));
        }
        if (f.apiKeyId() != null) {
            link.append("&apiKeyId=").append(encode(f.apiKeyId()));
        }
        return link.toString();
    }

    /** The period the table shows, for its heading. */
    public String getPeriod() {
        return filter().from() + " → " + filter().to();
    }

    /** The providers, for the filter. */
    public List<SelectItem> getProviders() {
        return providers.all().stream()
                .map(p -> new SelectItem(p.id(), p.name()))
                .toList();
    }

    /** The keys of the client typed (none while no known client is typed), for the filter. */
    public List<SelectItem> getKeys() {
        String tenantId = tenantOf(client);
        if (tenantId == null) {
            return List.of();
        }
        return keys.list(tenantId, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(k -> new SelectItem(k.id(), k.name() + " (" + k.masked() + ")"))
                .toList();
    }

    /** The client typed has changed: a key chosen for another client no longer applies. */
    public void clientChanged() {
        apiKeyId = null;
    }

    /** A key's name and masked secret; "—" for calls without a key. */
    public String keyName(String tenantId, String keyId) {
        if (keyId == null || keyId.isEmpty()) {
            return "—";
        }
        return keyNames.computeIfAbsent(keyId, id -> {
            try {
                ApiKeyView key = keys.get(tenantId, id);
                return key.name() + " (" + key.masked() + ")";
            } catch (DomainException gone) {
                return id;
            }
        });
    }

    private String tenantOf(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return tenants.findBySlug(slug.strip().toLowerCase(Locale.ROOT))
                .map(TenantView::id)
                .orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getApiKeyId() {
        return apiKeyId;
    }

    public void setApiKeyId(String apiKeyId) {
        this.apiKeyId = apiKeyId == null || apiKeyId.isBlank() ? null : apiKeyId;
    }

    public String getProviderId() {
        return providerId;
    }

    public void setProviderId(String providerId) {
        this.providerId = providerId;
    }
}
