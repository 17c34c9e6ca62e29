package fr.guichet.audit.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.audit.AuditFilter;
import fr.guichet.audit.AuditLog;
import fr.guichet.audit.AuditView;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.common.view.PagedDataModel;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /audit/log.xhtml}: the whole audit log, newest first, filtered by client (its slug), action, actor
 * (the start of it) and period (days in the operator's zone). The filter bar applies on Search; the table is lazy.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    @Inject
    ClientDirectory clients;

    private String client;
    private String action;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter applied = AuditFilter.ANY;
    private transient PagedDataModel<AuditView> model;
    private transient List<String> actions;
    /** Client names already read in this view: a page of lines names the same few clients again and again. */
    private transient Map<String, String> names;

    public LazyDataModel<AuditView> getModel() {
        if (model == null) {
            model = new PagedDataModel<>(page -> audit.search(applied, page), AuditView::id);
        }
        return model;
    }

    /** Applies the filter bar and goes back to the first page; a slug that names no client is said, not ignored. */
    public void search(UIData table) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String tenantId = null;
        if (client != null && !client.isBlank()) {
            tenantId = clients.idOfSlug(client).orElse(null);
            if (tenantId == null) {
                String none = text("audit.noSuchClient", client.strip());
                faces.addMessage("auditFilter:client", new FacesMessage(FacesMessage.SEVERITY_ERROR, none, none));
                faces.validationFailed();
                return;
            }
        }
        try {
            applied = new AuditFilter(tenantId, action, actor, from, to).checked();
            if (table != null) {
                table.setFirst(0);
            }
        } catch (DomainException e) {
            DomainMessages.addForFields(
                    faces,
                    e,
                    Map.of(
                            "to", new DomainMessages.Input("auditFilter:to", text("audit.to")),
                            "actor", new DomainMessages.Input("auditFilter:actor", text("audit.actor"))));
        }
    }

    /** The client's name for a line ("—" for lines about no client). */
    public String clientName(String tenantId) {
        if (names == null) {
            names = new HashMap<>();
        }
        return names.computeIfAbsent(tenantId, clients::nameOf);
    }

    public List<String> getActions() {
        if (actions == null) {
            actions = audit.actions();
        }
        return actions;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
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
}
