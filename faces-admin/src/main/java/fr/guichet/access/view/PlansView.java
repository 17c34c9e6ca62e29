package fr.guichet.access.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.access.service.ChainProviders;
import fr.guichet.access.service.ChainProviders.ChainProvider;
import fr.guichet.access.service.PlanService;
import fr.guichet.access.service.PlanView;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.ConsoleActor;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.common.view.PagedDataModel;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DualListModel;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /access/plans.xhtml}: the plans, a dialog that creates or edits one (every wrong field marked in
 * words), and a dialog that sets its provider chain (in order; empty: the default chain).
 */
@Named
@ViewScoped
public class PlansView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] FIELDS = {
        "code",
        "name",
        "monthlyPriceEur",
        "trialDays",
        "requestsPerMonth",
        "requestsPerMinute",
        "tokensPerMonth",
        "spendCapEur",
        "extraKeyPriceEur"
    };

    @Inject
    ConsoleActor operator;

    @Inject
    PlanService plans;

    @Inject
    ChainProviders providers;

    private String filter;
    private String applied;
    private String editingId;
    private PlanForm form = new PlanForm();
    private String chainPlanId;
    private DualListModel<String> chain = new DualListModel<>(new ArrayList<>(), new ArrayList<>());
    private transient PagedDataModel<PlanView> model;

    public LazyDataModel<PlanView> getModel() {
        if (model == null) {
            model = new PagedDataModel<>(page -> plans.search(applied, page), PlanView::id);
        }
        return model;
    }

    /** Applies the filter (a text in the code or name) and goes back to the first page. */
    public void search(jakarta.faces.component.UIData table) {
        applied = filter == null || filter.isBlank() ? null : filter.strip();
        if (table != null) {
            table.setFirst(0);
        }
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public void startCreate() {
        editingId = null;
        form = new PlanForm();
    }

    public void startEdit(String planId) {
        editingId = planId;
        form = PlanForm.of(plans.get(planId));
    }

    /** Creates or changes the plan; the page learns of success through the callback parameter {@code saved}. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            PlanView saved = editingId == null
                    ? plans.create(form.toNewPlan(), operator.getActor())
                    : plans.update(editingId, form.toChanges(), operator.getActor());
            String done = text(editingId == null ? "plans.created" : "plans.saved", saved.name());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (DomainException e) {
            Map<String, DomainMessages.Input> inputs = java.util.Arrays.stream(FIELDS)
                    .collect(Collectors.toMap(
                            f -> f, f -> new DomainMessages.Input("planForm:" + f, text("plans." + f))));
            DomainMessages.addForFields(faces, e, inputs);
        }
    }

    /** Opens the chain dialog: the plan's providers in order on the right, the others on the left. */
    public void startChain(String planId) {
        chainPlanId = planId;
        List<String> current = new ArrayList<>(plans.get(planId).providerIds());
        List<String> others = providers.all().stream()
                .map(ChainProvider::id)
                .filter(id -> !current.contains(id))
                .collect(Collectors.toCollection(ArrayList::new));
        chain = new DualListModel<>(others, current);
    }

    public void saveChain() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            PlanView saved = plans.setProviders(chainPlanId, chain.getTarget(), operator.getActor());
            String done = text("plans.chainSaved", saved.name());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (DomainException e) {
            DomainMessages.addForFields(
                    faces, e, Map.of("providerIds", new DomainMessages.Input("chainForm:chain", text("plans.chain"))));
        }
    }

    /** "OpenAI → Anthropic", or the default chain's words when the plan has none. */
    public String chainOf(PlanView plan) {
        if (plan.providerIds().isEmpty()) {
            return text("plans.defaultChain");
        }
        return plan.providerIds().stream().map(this::providerName).collect(Collectors.joining(" → "));
    }

    public String providerName(String providerId) {
        return providers.find(providerId).map(ChainProvider::name).orElse(providerId);
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public PlanForm getForm() {
        return form;
    }

    public DualListModel<String> getChain() {
        return chain;
    }

    public void setChain(DualListModel<String> chain) {
        this.chain = chain;
    }
}
