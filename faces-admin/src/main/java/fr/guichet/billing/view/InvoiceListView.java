package fr.guichet.billing.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.InvoiceSummary;
import fr.guichet.billing.service.MonthlyRun;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.tenancy.view.CurrentOperator;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /billing/invoices.xhtml}: the filter bar (status, kind, number), the lazy table of invoices and credit
 * notes, and the monthly run on demand. Holds UI state only.
 */
@Named
@ViewScoped
public class InvoiceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceQueries invoices;

    @Inject
    MonthlyRun run;

    @Inject
    CurrentOperator operator;

    @Inject
    fr.guichet.common.view.WireNames wireNames;

    private String filterStatus;
    private String filterKind;
    private String filterNumber;
    private InvoiceDataModel.Filter applied = new InvoiceDataModel.Filter(null, null, null);
    private transient InvoiceDataModel model;

    public LazyDataModel<InvoiceSummary> getModel() {
        if (model == null) {
            model = new InvoiceDataModel(invoices, () -> applied);
        }
        return model;
    }

    public void search(UIData table) {
        applied = new InvoiceDataModel.Filter(blank(filterStatus), blank(filterNumber), blank(filterKind));
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Invoices every period that is over; says how many invoices it made. */
    public void runNow(UIData table) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            MonthlyRun.RunResult result = run.runNow(operator.getActor());
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            text("invoice.run.done"),
                            text(
                                    "invoice.run.result",
                                    String.valueOf(result.invoices().size()),
                                    String.valueOf(result.issued()),
                                    String.valueOf(result.failures()))));
            search(table);
        } catch (DomainException e) {
            DomainMessages.addAsNotice(faces, e);
        }
    }

    /** PrimeFaces tag severity of an invoice's status. */
    public String severity(String status) {
        return switch (status) {
            case "paid" -> "success";
            case "overdue" -> "danger";
            case "partially_paid", "issued" -> "warning";
            default -> "info";
        };
    }

    /** The status as words: "Partially paid" ("Partiellement payée"). */
    public String label(String status) {
        return wireNames.words("invoice.status.", status);
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

    public String getFilterNumber() {
        return filterNumber;
    }

    public void setFilterNumber(String filterNumber) {
        this.filterNumber = filterNumber;
    }
}
