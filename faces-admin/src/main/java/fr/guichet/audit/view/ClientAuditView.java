package fr.guichet.audit.view;

import fr.guichet.audit.AuditLog;
import fr.guichet.audit.AuditView;
import fr.guichet.common.view.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** Backs the audit trail of {@code /tenants/client.xhtml?id=}: what was done to the client, newest first, paged. */
@Named
@ViewScoped
public class ClientAuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    private String tenantId;
    private transient PagedDataModel<AuditView> model;

    @PostConstruct
    void init() {
        tenantId = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
    }

    public LazyDataModel<AuditView> getModel() {
        if (model == null) {
            model = new PagedDataModel<>(page -> audit.search(tenantId, null, page), AuditView::id);
        }
        return model;
    }
}
