package fr.guichet.billing.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.billing.erp.ErpAdmin;
import fr.guichet.billing.erp.ErpProbe;
import fr.guichet.billing.erp.ErpViews;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.ConsoleActor;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.common.view.PagedDataModel;
import fr.guichet.tenancy.view.InstantFormat;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /billing/dolibarr.xhtml}: Dolibarr's settings (the API key typed, never shown), "test connection",
 * and what is not in sync yet (of one client with {@code ?tenant=}) with "retry now". UI state only.
 */
@Named
@ViewScoped
public class DolibarrView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The payment methods whose Dolibarr mode an operator sets, with the bundle keys of their labels. */
    public static final Map<String, String> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("transfer", "billing.method.transfer");
        METHODS.put("card", "billing.method.card");
        METHODS.put("direct_debit", "billing.method.direct_debit");
        METHODS.put("check", "dolibarr.method.check");
        METHODS.put("cash", "billing.method.cash");
        METHODS.put("other", "billing.method.other");
    }

    @Inject
    ErpAdmin admin;

    @Inject
    ErpProbe probe;

    @Inject
    ConsoleActor operator;

    @Inject
    fr.guichet.billing.erp.ErpReconciler reconciler;

    @Inject
    fr.guichet.billing.erp.ErpReports reports;

    @Inject
    InstantFormat instants;

    private ErpViews.Settings settings;
    private String baseUrl;
    private String apiKey;
    private Integer bankAccountId;
    private Map<String, Integer> modes = new LinkedHashMap<>();
    private boolean enabled;
    private ErpViews.Connection connection;
    private ErpViews.Reconciliation lastReconciliation;
    private String tenantId;
    private transient PagedDataModel<ErpViews.Task> model;

    @PostConstruct
    void read() {
        settings = admin.settings();
        lastReconciliation = reports.list(new fr.guichet.common.domain.PageRequest(0, 1)).items().stream()
                .findFirst()
                .orElse(null);
        baseUrl = settings.baseUrl();
        bankAccountId = settings.bankAccountId();
        enabled = settings.configured() ? settings.enabled() : true;
        modes = new LinkedHashMap<>();
        METHODS.keySet().forEach(m -> modes.put(m, settings.paymentModes().get(m)));
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            settings = admin.change(
                    new ErpViews.Change(
                            baseUrl, apiKey == null || apiKey.isEmpty() ? null : apiKey, bankAccountId, modes, enabled),
                    operator.getActor());
            apiKey = null;
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            text("dolibarr.saved"),
                            enabled ? text("dolibarr.on") : text("dolibarr.off")));
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
            faces.validationFailed();
        }
    }

    public void test() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            connection = probe.test();
            settings = admin.settings();
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
        }
    }

    public void retry(String taskId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ErpViews.Task task = admin.retry(taskId, operator.getActor());
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("dolibarr.sentAgain"), task.subject()));
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
        }
    }

    /** Compares this month's invoices and payments with Dolibarr's now. */
    public void reconcile() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            lastReconciliation = reconciler
                    .reconcile(reconciler.currentMonth(), operator.getActor())
                    .orElse(lastReconciliation);
            if (lastReconciliation == null) {
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_WARN,
                                text("dolibarr.nothingChecked"),
                                text("dolibarr.setUpFirst")));
            }
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
        }
    }

    public ErpViews.Reconciliation getLastReconciliation() {
        return lastReconciliation;
    }

    /** "2026-05, checked 2026-06-01 03:00: 12 invoices, 9 payments, 0 differences." and its error, if any. */
    public String getLastReconciliationText() {
        ErpViews.Reconciliation last = lastReconciliation;
        if (last == null) {
            return "";
        }
        String summary = text(
                "dolibarr.reconciliation.last",
                Objects.toString(last.period(), ""),
                instants.dateTime(last.ranAt()),
                String.valueOf(last.invoicesChecked()),
                String.valueOf(last.paymentsChecked()),
                String.valueOf(last.differences()));
        return last.error() == null || last.error().isEmpty() ? summary : summary + " " + last.error();
    }

    /** "Connected to Dolibarr 20.0.2 as admin." after a test that reached it. */
    public String getConnectedText() {
        if (connection == null) {
            return "";
        }
        String user = connection.user();
        return user == null || user.isEmpty()
                ? text("dolibarr.connected", Objects.toString(connection.dolibarrVersion(), ""))
                : text("dolibarr.connectedAs", Objects.toString(connection.dolibarrVersion(), ""), user);
    }

    /** The API key's label: with the saved key's hint when there is one (the key itself is never shown). */
    public String getApiKeyLabel() {
        String saved = settings.apiKey();
        return saved == null || saved.isEmpty() ? text("dolibarr.apiKey") : text("dolibarr.apiKey.saved", saved);
    }

    public void retryAll() {
        int n = admin.retryAll(operator.getActor());
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                text("dolibarr.sentAgain"),
                                text("dolibarr.tasks", String.valueOf(n))));
    }

    public LazyDataModel<ErpViews.Task> getModel() {
        if (model == null) {
            model = new PagedDataModel<>(
                    p -> admin.notInSync(tenantId == null || tenantId.isBlank() ? null : tenantId, p),
                    ErpViews.Task::id);
        }
        return model;
    }

    /** The rights the tested key lacks, in words. */
    public String getMissingRights() {
        return connection == null ? "" : String.join(", ", connection.missingRights());
    }

    public Map<String, String> getMethods() {
        return METHODS;
    }

    public ErpViews.Settings getSettings() {
        return settings;
    }

    public ErpViews.Connection getConnection() {
        return connection;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Integer getBankAccountId() {
        return bankAccountId;
    }

    public void setBankAccountId(Integer bankAccountId) {
        this.bankAccountId = bankAccountId;
    }

    public Map<String, Integer> getModes() {
        return modes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }
}
