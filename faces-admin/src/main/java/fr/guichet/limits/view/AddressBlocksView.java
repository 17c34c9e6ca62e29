package fr.guichet.limits.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.ConsoleActor;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.common.view.PagedDataModel;
import fr.guichet.limits.service.AbuseGuard;
import fr.guichet.limits.service.AddressBlockView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /limits/blocks.xhtml}: the addresses blocked after failed authentications, latest first, and lifting
 * one, which asks for a reason that goes to the audit log.
 */
@Named
@ViewScoped
public class AddressBlocksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AbuseGuard abuse;

    @Inject
    ConsoleActor operator;

    private String chosen;
    private String reason;
    private transient PagedDataModel<AddressBlockView> model;

    public LazyDataModel<AddressBlockView> getModel() {
        if (model == null) {
            model = new PagedDataModel<>(abuse::blocks, AddressBlockView::address);
        }
        return model;
    }

    /** Opens the dialog that lifts the block of {@code address}. */
    public void ask(String address) {
        chosen = address;
        reason = null;
        PrimeFaces.current().executeScript("PF('liftDialog').show()");
    }

    /** Lifts the chosen block with the reason typed. */
    public void lift() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (chosen == null) {
            return;
        }
        try {
            abuse.unblock(chosen, operator.getActor(), reason);
            String done = text("blocks.lifted", chosen);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            chosen = null;
            reason = null;
            PrimeFaces.current().executeScript("PF('liftDialog').hide()");
        } catch (DomainException e) {
            DomainMessages.addForFields(
                    faces,
                    e,
                    Map.of("reason", new DomainMessages.Input("liftForm:reason", text("client.status.reasonShort"))));
        }
    }

    public String getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
