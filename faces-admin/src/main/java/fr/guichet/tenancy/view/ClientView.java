package fr.guichet.tenancy.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * Backs the top of {@code /tenants/client.xhtml} (opened with {@code ?id=<tenant id>}): the client's profile and the
 * change of its status, which always asks for a confirmation, and for a reason when it suspends or cancels. The
 * other sections of the page have views of their own, one per feature.
 */
@Named
@ViewScoped
public class ClientView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ClientView.class.getName());

    @Inject
    TenantService tenants;

    @Inject
    CurrentOperator operator;

    private String tenantId;
    private transient TenantView tenant;
    private transient boolean loaded;
    private String targetStatus;
    private String reason;

    @PostConstruct
    void init() {
        tenantId = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        reload();
    }

    private void reload() {
        loaded = true;
        try {
            tenant = tenantId == null || tenantId.isBlank() ? null : tenants.get(tenantId.strip());
        } catch (DomainException e) {
            tenant = null;
        }
    }

    /** Opens the confirmation of the move chosen in the status menu. */
    public void askStatus() {
        reason = null;
        if (targetStatus == null || getTenant() == null) {
            String none = text("client.status.chooseFirst");
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, none, none));
            return;
        }
        org.primefaces.PrimeFaces.current().executeScript("PF('clientStatusDialog').show()");
    }

    /** The dialog's confirmation: moves the client, with the reason written to the audit log. */
    public void confirmStatus() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            tenant = tenants.changeStatus(tenant.id(), targetStatus, reason, operator.getActor());
            LOG.log(
                    Level.INFO,
                    "Operator {0} moved tenant {1} to {2}",
                    operator.getUserId(),
                    tenant.id(),
                    targetStatus);
            String done = text(
                    "client.status.done",
                    tenant.name(),
                    text("status." + tenant.status().wireName()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            targetStatus = null;
            reason = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('clientStatusDialog').hide()");
        } catch (DomainException e) {
            DomainMessages.addForFields(
                    faces,
                    e,
                    Map.of(
                            "reason",
                            new DomainMessages.Input("clientStatusForm:reason", text("client.status.reasonShort"))));
        }
    }

    /** Whether the chosen move needs a reason (suspending or cancelling). */
    public boolean isReasonRequired() {
        return TenantStatus.SUSPENDED.wireName().equals(targetStatus)
                || TenantStatus.CANCELLED.wireName().equals(targetStatus);
    }

    /** The page's {@code id} parameter, as the language switch's redirect carries it back. */
    public String getIdParam() {
        return tenantId;
    }

    /** Read at construction already; the view parameter only needs a place to put it. */
    public void setIdParam(String id) {
        // the id is read once, when the view is built (init)
    }

    /** The client; null when the page's id names none (read once per view, not on every use). */
    public TenantView getTenant() {
        if (!loaded) {
            reload();
        }
        return tenant;
    }

    /** The client's id; null when the page's id names no client. */
    public String getTenantId() {
        return getTenant() == null ? null : tenant.id();
    }

    public String getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(String targetStatus) {
        this.targetStatus = targetStatus == null || targetStatus.isBlank() ? null : targetStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
