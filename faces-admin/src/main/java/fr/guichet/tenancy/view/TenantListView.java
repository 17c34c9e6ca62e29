package fr.guichet.tenancy.view;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.ConsoleText;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.tenancy.service.TenantCreated;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.lang.System.Logger.Level;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /tenants/list.xhtml}: the filter bar, the lazy tenant table, the "New tenant" dialog and the
 * per-row status change. Holds UI state only (criteria, the dialog's draft, the chosen target status); the
 * tenants themselves are read models reloaded from {@link TenantService} on every render. The page may be
 * opened filtered with {@code ?status=<wire name>} (the dashboard's tiles do).
 */
@Named
@ViewScoped
public class TenantListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(TenantListView.class.getName());

    /** The "New tenant" form's inputs, by the field names the service reports, labelled in the page's language. */
    private static java.util.Map<String, DomainMessages.Input> newTenantInputs() {
        return java.util.Map.of(
                "name", new DomainMessages.Input("createForm:tenantName", ConsoleText.text("keys.name")),
                "slug", new DomainMessages.Input("createForm:tenantSlug", ConsoleText.text("client.slug")),
                "contactEmail", new DomainMessages.Input("createForm:tenantEmail", ConsoleText.text("client.email")),
                "timeZone", new DomainMessages.Input("createForm:tenantZone", ConsoleText.text("tenants.zone")));
    }

    @Inject
    TenantService tenants;

    @Inject
    TenantStatuses statuses;

    @Inject
    IssuedPassword issuedPassword;

    @Inject
    CurrentOperator operator;

    private String filterText;
    private String filterStatus;
    private TenantDataModel.Query applied = TenantDataModel.Query.ANY;
    private NewTenantForm draft = new NewTenantForm();
    private String targetStatus;
    private PendingChange pending;
    private String reason;

    /** Rebuilt after deserialisation: it holds the service, and the current page of (non-serialisable) rows. */
    private transient TenantDataModel model;

    @PostConstruct
    void init() {
        String status = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("status");
        filterStatus = statuses.known(status);
        applied = new TenantDataModel.Query(filterStatus, null);
    }

    public LazyDataModel<TenantView> getModel() {
        if (model == null) {
            model = new TenantDataModel(tenants, () -> applied);
        }
        return model;
    }

    /** Applies the filter bar and goes back to the table's first page. */
    public void search(UIData table) {
        applied = new TenantDataModel.Query(filterStatus, blankToNull(filterText));
        firstPage(table);
    }

    /** Opens the "New tenant" dialog on an empty form. */
    public void startCreate() {
        draft = new NewTenantForm();
    }

    /**
     * Opens a tenant. On success the page learns it through the callback parameter {@code created}, the
     * table goes back to its first page (newest first, so the new tenant is on top) and the admin's password
     * is handed to {@link IssuedPassword} for this response only; on failure the dialog shows why.
     */
    public void create(UIData table) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TenantCreated created = tenants.create(draft.toNewTenant());
            LOG.log(
                    Level.INFO,
                    "Operator {0} opened tenant {1} ({2})",
                    operator.getUserId(),
                    created.tenant().id(),
                    created.tenant().slug());
            issuedPassword.hold(created);
            draft = new NewTenantForm();
            firstPage(table);
            PrimeFaces.current().ajax().addCallbackParam("created", true);
        } catch (DomainException e) {
            DomainMessages.addForFields(faces, e, newTenantInputs());
        }
    }

    /**
     * Moves one tenant to the status chosen in its row ({@link #getTargetStatus()}); the growl says how it went.
     * Suspending or cancelling first opens the confirmation dialog, which asks why ({@link #confirmStatus()}).
     */
    public void applyStatus(String tenantId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String target = targetStatus;
        targetStatus = null;
        if (target == null || target.isBlank() || tenantId == null) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_WARN, ConsoleText.text("tenants.chooseInRow"), ""));
            return;
        }
        if (target.equals("suspended") || target.equals("cancelled")) {
            pending = new PendingChange(tenantId, target, tenants.get(tenantId).name());
            reason = null;
            PrimeFaces.current().ajax().update("statusForm");
            PrimeFaces.current().executeScript("PF('statusDialog').show()");
            return;
        }
        change(faces, tenantId, target, null, false);
    }

    /** The dialog's "Suspend" or "Cancel the client": applies the pending change with its reason. */
    public void confirmStatus() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (pending == null) {
            return;
        }
        if (change(faces, pending.tenantId(), pending.target(), reason, true)) {
            pending = null;
            reason = null;
            PrimeFaces.current().executeScript("PF('statusDialog').hide()");
        }
    }

    private boolean change(FacesContext faces, String tenantId, String target, String why, boolean inDialog) {
        try {
            TenantView updated = tenants.changeStatus(tenantId, target, why, operator.getActor());
            LOG.log(Level.INFO, "Operator {0} moved tenant {1} to {2}", operator.getUserId(), tenantId, target);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            ConsoleText.text("client.status.done", updated.name(), statuses.label(updated.status())),
                            ""));
            return true;
        } catch (DomainException e) {
            if (inDialog && !e.violations().isEmpty()) {
                DomainMessages.addForFields(
                        faces,
                        e,
                        java.util.Map.of(
                                "reason",
                                new DomainMessages.Input(
                                        "statusForm:reason", ConsoleText.text("client.status.reasonShort"))));
            } else {
                DomainMessages.addAsNotice(faces, e);
            }
            return false;
        }
    }

    /** A suspension or cancellation waiting for its reason and confirmation. */
    public record PendingChange(String tenantId, String target, String tenantName) implements Serializable {

        /** "Suspend" or "Cancel", the dialog's question and its button. */
        public String verb() {
            return ConsoleText.text("tenants.verb." + target);
        }

        public String consequence() {
            return ConsoleText.text("client.status.consequence." + target);
        }
    }

    public PendingChange getPending() {
        return pending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    private static void firstPage(UIData table) {
        if (table != null) {
            table.setFirst(0);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getFilterText() {
        return filterText;
    }

    public void setFilterText(String filterText) {
        this.filterText = filterText;
    }

    public String getFilterStatus() {
        return filterStatus;
    }

    public void setFilterStatus(String filterStatus) {
        this.filterStatus = statuses.known(filterStatus);
    }

    public NewTenantForm getDraft() {
        return draft;
    }

    public String getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(String targetStatus) {
        this.targetStatus = statuses.known(targetStatus);
    }
}
