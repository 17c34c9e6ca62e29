package fr.guichet.billing.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.billing.service.DunningService;
import fr.guichet.billing.service.DunningView;
import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.InvoiceSummary;
import fr.guichet.billing.service.SubscriptionService;
import fr.guichet.billing.service.SubscriptionView;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.tenancy.service.TenantChanges;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import fr.guichet.tenancy.view.CurrentOperator;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Backs {@code /billing/client.xhtml?tenant=…}: one client's billing — its billing identity and document language,
 * its subscription (subscribe, change plan, cancel at period end or at once, resume) and its latest invoices. Holds
 * UI state only.
 */
@Named
@ViewScoped
public class ClientBillingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantService tenants;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    InvoiceQueries invoices;

    @Inject
    PlanService plans;

    @Inject
    DunningService dunning;

    @Inject
    CurrentOperator operator;

    @Inject
    fr.guichet.billing.erp.ErpAdmin erp;

    private String tenantId;
    private TenantView tenant;
    private SubscriptionView subscription;
    private List<InvoiceSummary> latest = List.of();
    private List<DunningView> dunnings = List.of();
    private IdentityForm identity = new IdentityForm();
    private String planId;
    private boolean atOnce;
    private String dolibarr;

    public void load() {
        try {
            tenant = tenants.get(tenantId);
            identity = IdentityForm.of(tenant);
            dunnings = dunning.ofTenant(tenantId);
            dolibarr = dolibarrLabel();
            latest = invoices.search(tenantId, null, null, null, null, null, new PageRequest(0, 10))
                    .items();
            try {
                subscription = subscriptions.get(tenantId);
            } catch (DomainException e) {
                if (e.code() != ErrorCode.SUBSCRIPTION_NOT_FOUND) {
                    throw e;
                }
                subscription = null;
            }
        } catch (DomainException e) {
            tenant = null;
            DomainMessages.addAsNotice(FacesContext.getCurrentInstance(), e);
        }
    }

    public void saveIdentity() {
        act(
                () -> tenants.update(
                        tenantId,
                        new TenantChanges(
                                null, null, null, null, null, identity.toBilling(), null, identity.getLanguage())),
                "billing.identitySaved");
    }

    public void subscribe() {
        act(() -> subscriptions.subscribe(tenantId, planId, operator.getActor()), "billing.subscribed");
    }

    public void changePlan() {
        act(() -> subscriptions.changePlan(tenantId, planId, atOnce, operator.getActor()), "billing.planChanged");
    }

    public void cancel() {
        act(() -> subscriptions.cancel(tenantId, atOnce, operator.getActor()), "billing.cancelled");
    }

    public void resume() {
        act(() -> subscriptions.resume(tenantId, operator.getActor()), "billing.resumed");
    }

    /** A plan's name ("—" for none; its id when it is gone). */
    public String planName(String planId) {
        return planId == null ? "—" : plans.find(planId).map(PlanView::name).orElse(planId);
    }

    /** The plans a tenant may be given (enabled ones). */
    public List<PlanView> getPlans() {
        return plans.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(PlanView::enabled)
                .toList();
    }

    /** Runs {@code action}; says {@code doneKey}'s words when it succeeds, what is wrong otherwise. */
    private void act(Supplier<?> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
            String done = text(doneKey);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            atOnce = false;
            load();
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
        }
    }

    /** The client in Dolibarr: its third party, or why it is not there yet; null when Dolibarr is not set up. */
    private String dolibarrLabel() {
        if (!erp.configured()) {
            return null;
        }
        var record = erp.records(fr.guichet.billing.erp.ErpTaskKind.PARTY, List.of(tenantId))
                .get(0);
        return switch (record.state()) {
            case "synced" -> text("billing.dolibarr.synced", String.valueOf(record.dolibarrId()));
            case "pending" ->
                text("billing.dolibarr.pending") + (record.attempts() > 0 ? " — " + record.lastError() : "");
            case "failed" -> text("billing.dolibarr.stopped", String.valueOf(record.lastError()));
            default -> text("billing.dolibarr.unsynced");
        };
    }

    public String getDolibarr() {
        return dolibarr;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public TenantView getTenant() {
        return tenant;
    }

    public SubscriptionView getSubscription() {
        return subscription;
    }

    /** The client's dunnings, running ones and ended ones, newest first. */
    public List<DunningView> getDunnings() {
        return dunnings;
    }

    public List<InvoiceSummary> getLatest() {
        return latest;
    }

    public IdentityForm getIdentity() {
        return identity;
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public boolean isAtOnce() {
        return atOnce;
    }

    public void setAtOnce(boolean atOnce) {
        this.atOnce = atOnce;
    }
}
