package fr.guichet.console.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.audit.view.ClientDirectory;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.view.PagedDataModel;
import fr.guichet.console.view.Attention.Line;
import fr.guichet.limits.domain.AlertKind;
import fr.guichet.limits.service.AlertLog;
import fr.guichet.limits.service.AlertView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /console/alerts.xhtml} (opened with {@code ?kind=}): every line of one kind of {@link Attention}, paged,
 * with the count of each kind on its tab; and the alerts raised so far (quota thresholds, suspended keys, licenses
 * ending), newest first, filtered by kind.
 */
@Named
@ViewScoped
public class AlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attention attention;

    @Inject
    AlertLog alerts;

    @Inject
    ClientDirectory clients;

    private String kind;
    private String raisedKind;
    private List<Tab> tabs;
    private transient PagedDataModel<Line> lines;
    private transient PagedDataModel<AlertView> raised;

    @PostConstruct
    void init() {
        kind = Attention.known(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("kind"));
        PageRequest one = new PageRequest(0, 1);
        tabs = Attention.KINDS.stream()
                .map(k -> new Tab(k, Attention.title(k), attention.lines(k, one).total(), k.equals(kind)))
                .toList();
    }

    /** The kinds, each with its title and count, for the tabs. */
    public List<Tab> getTabs() {
        return tabs;
    }

    /** One tab: a kind, its title, how many lines it has, and whether it is the one shown. */
    public record Tab(String kind, String title, long count, boolean current) implements Serializable {}

    public LazyDataModel<Line> getLines() {
        if (lines == null) {
            lines = new PagedDataModel<>(page -> attention.lines(kind, page), Line::key);
        }
        return lines;
    }

    public LazyDataModel<AlertView> getRaised() {
        if (raised == null) {
            raised = new PagedDataModel<>(page -> alerts.search(null, raisedKind, page), AlertView::id);
        }
        return raised;
    }

    /** The kinds of raised alerts, with words, for the filter. */
    public List<SelectItem> getRaisedKinds() {
        List<SelectItem> items = new ArrayList<>();
        for (AlertKind k : AlertKind.values()) {
            items.add(new SelectItem(k.wireName(), kindLabel(k.wireName())));
        }
        return items;
    }

    /** The words for a raised alert's kind. */
    public String kindLabel(String wireName) {
        return text("alerts.kind." + wireName);
    }

    public String clientName(String tenantId) {
        return clients.nameOf(tenantId);
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return Attention.title(kind);
    }

    public String getNone() {
        return Attention.none(kind);
    }

    public String getRaisedKind() {
        return raisedKind;
    }

    public void setRaisedKind(String raisedKind) {
        this.raisedKind = raisedKind == null || raisedKind.isBlank() ? null : raisedKind;
        raised = null;
    }
}
