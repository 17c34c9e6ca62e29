package fr.guichet.licensing.view;

import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.view.ConsoleText;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.licensing.repository.LicenseFilter;
import fr.guichet.licensing.service.GeneratedBatch;
import fr.guichet.licensing.service.LicenseService;
import fr.guichet.licensing.service.LicenseView;
import fr.guichet.tenancy.view.CurrentOperator;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /licenses/list.xhtml}: the filter bar, the lazy table of keys, the "Generate keys" dialog (its keys
 * shown once, by {@link IssuedLicenses}) and revocation with a mandatory reason. Holds UI state only.
 */
@Named
@ViewScoped
public class LicenseListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LicenseService licenses;

    @Inject
    PlanService plans;

    @Inject
    IssuedLicenses issued;

    @Inject
    CurrentOperator operator;

    private String filterState;
    private String filterReseller;
    private LicenseFilter applied = new LicenseFilter(null, null, null, null, null, null);
    private NewLicensesForm draft = new NewLicensesForm();
    private String revokeId;
    private String revokeReason;
    private String actId;
    private String action;
    private String actReason;
    private Integer extendDays;

    private transient LicenseDataModel model;

    public LazyDataModel<LicenseView> getModel() {
        if (model == null) {
            model = new LicenseDataModel(licenses, () -> applied);
        }
        return model;
    }

    /** The plans a key may grant (enabled ones), for the dialog. */
    public List<PlanView> getPlans() {
        return plans.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(PlanView::enabled)
                .toList();
    }

    public void search(UIData table) {
        applied = new LicenseFilter(blankToNull(filterState), null, blankToNull(filterReseller), null, null, null);
        firstPage(table);
    }

    public void startGenerate() {
        draft = new NewLicensesForm();
    }

    /** Generates the keys; on success the page learns it through the callback parameter {@code generated}. */
    public void generate(UIData table) {
        try {
            GeneratedBatch batch = licenses.generate(draft.toNewLicenses(), operator.getActor());
            issued.hold(batch);
            draft = new NewLicensesForm();
            firstPage(table);
            PrimeFaces.current().ajax().addCallbackParam("generated", true);
        } catch (DomainException e) {
            DomainMessages.addForForm(FacesContext.getCurrentInstance(), e);
        }
    }

    /** Opens the revocation dialog for one key. */
    public void startRevoke(String licenseId) {
        revokeId = licenseId;
        revokeReason = null;
    }

    /** Revokes the chosen key with the reason typed; on success the callback parameter {@code revoked} is set. */
    public void revoke() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            LicenseView revoked = licenses.revoke(revokeId, revokeReason, operator.getActor());
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            ConsoleText.text("licenses.revoked"),
                            ConsoleText.text("licenses.revoked.detail", revoked.keyHint())));
            revokeId = null;
            PrimeFaces.current().ajax().addCallbackParam("revoked", true);
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
        }
    }

    /** Opens the dialog of {@code what} ({@code suspend}, {@code reinstate} or {@code extend}) for one key. */
    public void startAction(String licenseId, String what) {
        actId = licenseId;
        action = what;
        actReason = null;
        extendDays = what.equals("extend") ? 30 : null;
    }

    /** Suspends, reinstates or extends the chosen key; on success the callback parameter {@code acted} is set. */
    public void act() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            LicenseView done = switch (action) {
                case "suspend" -> licenses.suspend(actId, actReason, operator.getActor());
                case "reinstate" -> licenses.reinstate(actId, actReason, operator.getActor());
                case "extend" -> licenses.extend(actId, extendDays, null, actReason, operator.getActor());
                default -> throw new IllegalArgumentException(action);
            };
            String text = ConsoleText.text("licenses." + action + ".done", done.keyHint());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            actId = null;
            PrimeFaces.current().ajax().addCallbackParam("acted", true);
        } catch (DomainException e) {
            DomainMessages.addForFields(
                    faces,
                    e,
                    java.util.Map.of(
                            "reason",
                            new DomainMessages.Input(
                                    "actForm:actReason", ConsoleText.text("client.status.reasonShort")),
                            "days",
                            new DomainMessages.Input("actForm:days", ConsoleText.text("licenses.extend.days"))));
        }
    }

    public String getAction() {
        return action;
    }

    public String getActReason() {
        return actReason;
    }

    public void setActReason(String actReason) {
        this.actReason = actReason;
    }

    public Integer getExtendDays() {
        return extendDays;
    }

    public void setExtendDays(Integer extendDays) {
        this.extendDays = extendDays;
    }

    /** PrimeFaces tag severity of a key's state. */
    public String severity(String state) {
        return switch (state) {
            case "valid" -> "success";
            case "revoked" -> "danger";
            case "suspended", "expired" -> "warning";
            default -> "info";
        };
    }

    private static void firstPage(UIData table) {
        if (table != null) {
            table.setFirst(0);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getFilterState() {
        return filterState;
    }

    public void setFilterState(String filterState) {
        this.filterState = filterState;
    }

    public String getFilterReseller() {
        return filterReseller;
    }

    public void setFilterReseller(String filterReseller) {
        this.filterReseller = filterReseller;
    }

    public NewLicensesForm getDraft() {
        return draft;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public String getRevokeId() {
        return revokeId;
    }
}
