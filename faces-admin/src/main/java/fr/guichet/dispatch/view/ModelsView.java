package fr.guichet.dispatch.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.ConsoleActor;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.common.view.PagedDataModel;
import fr.guichet.dispatch.service.ModelCatalog;
import fr.guichet.dispatch.service.ModelView;
import fr.guichet.dispatch.service.NewPrice;
import fr.guichet.dispatch.service.PriceView;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * Backs the models part of {@code /dispatch/providers.xhtml}: one provider's models with the price in force, each
 * model's dated prices (past and scheduled), and a new price from a day (midnight in the operator's zone; empty:
 * now). Prices are EUR per million tokens; a price never changes once in force, a new one is added.
 */
@Named
@ViewScoped
public class ModelsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleActor operator;

    @Inject
    ModelCatalog catalog;

    @Inject
    TenancyConfig config;

    private String providerId;
    private String providerName;
    private String modelId;
    private String modelName;
    private BigDecimal input;
    private BigDecimal output;
    private LocalDate from;
    private transient PagedDataModel<ModelView> model;

    /** Shows the models of one provider. */
    public void show(String id, String name) {
        providerId = id;
        providerName = name;
        model = null;
    }

    public LazyDataModel<ModelView> getModel() {
        if (model == null) {
            model = new PagedDataModel<>(page -> catalog.search(providerId, page), ModelView::id);
        }
        return model;
    }

    /** Opens the price dialog of one model, filled with the price in force. */
    public void startPrice(String id) {
        ModelView m = catalog.get(id);
        modelId = id;
        modelName = m.model();
        input = m.currentPrice() == null ? null : m.currentPrice().inputPerMillion();
        output = m.currentPrice() == null ? null : m.currentPrice().outputPerMillion();
        from = null;
        PrimeFaces.current().executeScript("PF('priceDialog').show()");
    }

    public void savePrice() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Instant at = from == null ? null : from.atStartOfDay(config.zone()).toInstant();
            catalog.changePrice(modelId, new NewPrice(input, output, at), operator.getActor());
            String done = text("models.priceSaved", modelName);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            PrimeFaces.current().executeScript("PF('priceDialog').hide()");
        } catch (DomainException e) {
            DomainMessages.addForFields(
                    faces,
                    e,
                    Map.of(
                            "inputPerMillion", new DomainMessages.Input("priceForm:input", text("models.input")),
                            "outputPerMillion", new DomainMessages.Input("priceForm:output", text("models.output")),
                            "effectiveFrom", new DomainMessages.Input("priceForm:from", text("models.from"))));
        }
    }

    /** The chosen model's prices, latest effective date first. */
    public List<PriceView> getHistory() {
        return modelId == null ? List.of() : catalog.history(modelId);
    }

    public boolean isShown() {
        return providerId != null;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getModelName() {
        return modelName;
    }

    public BigDecimal getInput() {
        return input;
    }

    public void setInput(BigDecimal input) {
        this.input = input;
    }

    public BigDecimal getOutput() {
        return output;
    }

    public void setOutput(BigDecimal output) {
        this.output = output;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }
}
