package fr.guichet.privacy.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.ConsoleActor;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.common.view.PagedDataModel;
import fr.guichet.privacy.service.ErasureView;
import fr.guichet.privacy.service.Erasures;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /privacy/erasures.xhtml}: the erasures of clients' personal data (of one client with {@code ?tenant=}),
 * those still to run (the default) or all; calling one off asks for a reason, written to the audit log. UI state only.
 */
@Named
@ViewScoped
public class ErasureListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Erasures erasures;

    @Inject
    ConsoleActor operator;

    private boolean all;
    private String tenantId;
    private String chosenId;
    private String reason;
    private transient PagedDataModel<ErasureView> model;

    public LazyDataModel<ErasureView> getModel() {
        if (model == null) {
            model = new PagedDataModel<>(
                    p -> erasures.list(!all, tenantId == null || tenantId.isBlank() ? null : tenantId, p),
                    ErasureView::id);
        }
        return model;
    }

    public void choose(String id) {
        chosenId = id;
        reason = null;
    }

    /** Calls off the chosen erasure, with the reason typed in the dialog. */
    public void cancel() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ErasureView done = erasures.cancel(chosenId, operator.getActor(), reason);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            text("privacy.calledOff"),
                            text("privacy.calledOff.detail", done.tenantName())));
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
            faces.validationFailed();
        }
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
