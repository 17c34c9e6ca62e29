package fr.guichet.notify.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.ConsoleActor;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.service.MailView;
import fr.guichet.notify.service.OutboxAdmin;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /mail/outbox.xhtml}: the outbox (of one tenant with {@code ?tenant=}) filtered by status and kind, one mail opened with its text and its
 * last error, and "send again" (a waiting or given-up mail is tried now; a sent one is copied). UI state only.
 */
@Named
@ViewScoped
public class MailListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxAdmin outbox;

    @Inject
    ConsoleActor operator;

    private String filterStatus;
    private String filterKind;
    private String tenantId;
    private MailDataModel.Filter applied = new MailDataModel.Filter(null, null, null);
    private transient MailDataModel model;
    private MailView opened;

    public LazyDataModel<MailView> getModel() {
        if (model == null) {
            model = new MailDataModel(
                    outbox, () -> new MailDataModel.Filter(applied.status(), applied.kind(), blank(tenantId)));
        }
        return model;
    }

    public void search(UIData table) {
        applied = new MailDataModel.Filter(blank(filterStatus), blank(filterKind), null);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void open(String id) {
        try {
            opened = outbox.get(id);
        } catch (DomainException e) {
            opened = null;
            DomainMessages.addAsNotice(FacesContext.getCurrentInstance(), e);
        }
    }

    /** Sends the opened mail again, after the operator confirmed. */
    public void resend() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (opened == null) {
            return;
        }
        try {
            MailView next = outbox.resend(opened.id(), operator.getActor());
            String detail = next.id().equals(opened.id()) ? text("mail.retried") : text("mail.copied");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("mail.sentAgain"), detail));
            opened = next;
        } catch (DomainException e) {
            DomainMessages.addAsNotice(faces, e);
        }
    }

    /** The kinds of mail, for the filter: their wire names. */
    public List<String> getKinds() {
        return Arrays.stream(MailKind.values()).map(MailKind::wireName).toList();
    }

    public String severity(String status) {
        return switch (status) {
            case "sent" -> "success";
            case "failed" -> "danger";
            default -> "warning";
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getFilterStatus() {
        return filterStatus;
    }

    public void setFilterStatus(String filterStatus) {
        this.filterStatus = filterStatus;
    }

    public String getFilterKind() {
        return filterKind;
    }

    public void setFilterKind(String filterKind) {
        this.filterKind = filterKind;
    }

    /** The tenant whose mails the page shows ({@code ?tenant=}), or all. */
    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public MailView getOpened() {
        return opened;
    }
}
