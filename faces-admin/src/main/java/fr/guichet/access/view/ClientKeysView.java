package fr.guichet.access.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.access.service.ApiKeyService;
import fr.guichet.access.service.ApiKeyView;
import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.access.service.RotatedApiKey;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.ConsoleActor;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.common.view.PagedDataModel;
import fr.guichet.tenancy.view.ClientView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * Backs the plan and API keys of {@code /tenants/client.xhtml?id=}: the keys, newest first, and what an operator does
 * to one (revoke, rotate, reinstate a suspended key), each confirmed in a dialog; a rotation shows the new secret
 * once. Every action is written to the audit log by the service.
 */
@Named
@ViewScoped
public class ClientKeysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiKeyService keys;

    @Inject
    PlanService plans;

    @Inject
    ConsoleActor operator;

    private ApiKeyView chosen;
    private String action;
    private String reason;
    private transient String newSecret;
    private transient PagedDataModel<ApiKeyView> model;

    /** The client the page shows, whose id it holds for the whole view. */
    @Inject
    ClientView client;

    public LazyDataModel<ApiKeyView> getModel() {
        if (model == null) {
            model = new PagedDataModel<>(page -> keys.list(client.getTenantId(), page), ApiKeyView::id);
        }
        return model;
    }

    /** The name of the client's plan, or the page's words for none (no plan, or a plan gone). */
    public String planName(String planId) {
        return Optional.ofNullable(planId)
                .flatMap(plans::find)
                .map(PlanView::name)
                .orElseGet(() -> text("client.noPlan"));
    }

    /** Opens the confirmation of {@code what} ({@code revoke}, {@code rotate} or {@code reinstate}) for one key. */
    public void ask(String keyId, String what) {
        try {
            chosen = keys.get(client.getTenantId(), keyId);
            action = what;
            reason = null;
            newSecret = null;
            PrimeFaces.current().executeScript("PF('keyDialog').show()");
        } catch (DomainException e) {
            DomainMessages.addAsNotice(FacesContext.getCurrentInstance(), e);
        }
    }

    /** The dialog's confirmation. */
    public void confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (chosen == null || action == null) {
            return;
        }
        try {
            switch (action) {
                case "revoke" -> keys.revoke(client.getTenantId(), chosen.id(), operator.getActor());
                case "reinstate" -> keys.reinstate(client.getTenantId(), chosen.id(), operator.getActor(), reason);
                case "rotate" -> {
                    RotatedApiKey rotated = keys.rotate(client.getTenantId(), chosen.id(), null, operator.getActor());
                    newSecret = rotated.replacement().secret();
                }
                default -> throw new IllegalArgumentException(action);
            }
            String done = text("keys." + action + ".done", chosen.name());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            if (newSecret == null) {
                chosen = null;
                action = null;
                PrimeFaces.current().executeScript("PF('keyDialog').hide()");
            }
        } catch (DomainException e) {
            DomainMessages.addForFields(
                    faces,
                    e,
                    Map.of("reason", new DomainMessages.Input("keyForm:keyReason", text("client.status.reasonShort"))));
        }
    }

    /** Closes the dialog once the new secret of a rotation has been copied. */
    public void done() {
        chosen = null;
        action = null;
        newSecret = null;
    }

    public ApiKeyView getChosen() {
        return chosen;
    }

    public String getAction() {
        return action;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
