package fr.guichet.billing.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.billing.service.InvoiceFiles;
import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.InvoiceView;
import fr.guichet.billing.service.IssueCreditNoteService;
import fr.guichet.billing.service.IssueInvoiceService;
import fr.guichet.billing.service.RecordPaymentService;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.common.view.WireNames;
import fr.guichet.metering.view.Amounts;
import fr.guichet.tenancy.view.CurrentOperator;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /billing/invoice.xhtml?id=…}: one invoice or credit note, and what an operator does with it — issue a
 * draft (after a confirmation), record a payment, credit it, download its PDF and Factur-X. Holds UI state only.
 */
@Named
@ViewScoped
public class InvoiceDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceQueries invoices;

    @Inject
    IssueInvoiceService issuer;

    @Inject
    RecordPaymentService payments;

    @Inject
    IssueCreditNoteService creditNotes;

    @Inject
    InvoiceFiles files;

    @Inject
    CurrentOperator operator;

    @Inject
    fr.guichet.billing.erp.ErpAdmin erp;

    @Inject
    WireNames wireNames;

    @Inject
    Amounts amounts;

    private String id;
    private InvoiceView invoice;
    private BigDecimal paymentAmount;
    private LocalDate paymentDate;
    private String paymentMethod = "transfer";
    private String paymentReference;
    private boolean overpayment;
    private BigDecimal creditAmount;
    private String creditReason;
    private fr.guichet.billing.erp.ErpViews.Record dolibarr;

    /** Reads the invoice named by the {@code id} parameter; an unknown id shows "not found" in words. */
    public void load() {
        try {
            invoice = invoices.get(null, id);
            dolibarr = erp.configured() && invoice.summary().number() != null
                    ? erp.records(fr.guichet.billing.erp.ErpTaskKind.INVOICE, java.util.List.of(id))
                            .get(0)
                    : null;
        } catch (DomainException e) {
            invoice = null;
            DomainMessages.addAsNotice(FacesContext.getCurrentInstance(), e);
        }
    }

    public void issue() {
        act(() -> issuer.issue(id, invoice.version(), operator.getActor()), "invoice.issued");
    }

    public void recordPayment() {
        if (act(
                () -> payments.record(
                        id,
                        paymentDate,
                        paymentAmount,
                        paymentMethod,
                        paymentReference,
                        overpayment,
                        operator.getActor()),
                "invoice.paymentRecorded")) {
            paymentAmount = null;
            paymentReference = null;
            overpayment = false;
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        }
    }

    public void credit() {
        if (act(
                () -> creditNotes.credit(id, creditAmount, creditReason, operator.getActor()),
                "invoice.creditNoteIssued")) {
            creditAmount = null;
            creditReason = null;
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        }
    }

    public StreamedContent getPdf() {
        return download(files.pdf(null, id), "application/pdf");
    }

    public StreamedContent getFacturX() {
        return download(files.facturX(null, id), "application/xml");
    }

    private static StreamedContent download(InvoiceFiles.Document doc, String type) {
        return DefaultStreamedContent.builder().name(doc.fileName()).contentType(type).stream(
                        () -> new ByteArrayInputStream(doc.bytes()))
                .build();
    }

    private boolean act(java.util.function.Supplier<InvoiceView> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(doneKey), null));
            load();
            return true;
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
            load();
            return false;
        }
    }

    /** The status as words: "Partially paid" ("Partiellement payée"). */
    public String getStatusLabel() {
        if (invoice == null) {
            return "";
        }
        return wireNames.words("invoice.status.", invoice.summary().status());
    }

    /** One VAT rate's line of the totals: "VAT 20.00 % on 100.00 €: 20.00 €". */
    public String vatLine(InvoiceView.VatView vat) {
        return text(
                "invoice.vatLine", amounts.number(vat.rate()), amounts.euros(vat.base()), amounts.euros(vat.amount()));
    }

    /** What settled the invoice so far: "Credit applied 0.00 € · paid 50.00 € · credited 12.00 €". */
    public String getSettlement() {
        if (invoice == null) {
            return "";
        }
        return text(
                "invoice.settled",
                amounts.euros(invoice.prepaid()),
                amounts.euros(invoice.paid()),
                amounts.euros(invoice.credited()));
    }

    public boolean isDraft() {
        return invoice != null && invoice.summary().number() == null;
    }

    public boolean isPayable() {
        return invoice != null
                && !isDraft()
                && "invoice".equals(invoice.summary().kind())
                && invoice.summary().balance().signum() > 0;
    }

    public boolean isCreditable() {
        return invoice != null
                && !isDraft()
                && "invoice".equals(invoice.summary().kind());
    }

    /** The invoice in Dolibarr (its number there, or why it is not there yet); null when Dolibarr is not set up. */
    public String getDolibarrLabel() {
        if (dolibarr == null) {
            return null;
        }
        return switch (dolibarr.state()) {
            case "synced" -> dolibarr.dolibarrRef() + " (id " + dolibarr.dolibarrId() + ")";
            case "pending" ->
                text("invoice.dolibarr.pending") + (dolibarr.attempts() > 0 ? " — " + dolibarr.lastError() : "");
            case "failed" -> text("invoice.dolibarr.stopped", String.valueOf(dolibarr.lastError()));
            default -> text("invoice.dolibarr.unsynced");
        };
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InvoiceView getInvoice() {
        return invoice;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }

    public boolean isOverpayment() {
        return overpayment;
    }

    public void setOverpayment(boolean overpayment) {
        this.overpayment = overpayment;
    }

    public BigDecimal getCreditAmount() {
        return creditAmount;
    }

    public void setCreditAmount(BigDecimal creditAmount) {
        this.creditAmount = creditAmount;
    }

    public String getCreditReason() {
        return creditReason;
    }

    public void setCreditReason(String creditReason) {
        this.creditReason = creditReason;
    }
}
