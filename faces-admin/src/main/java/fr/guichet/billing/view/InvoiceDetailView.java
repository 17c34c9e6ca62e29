package fr.guichet.billing.view;

import fr.guichet.billing.service.InvoiceFiles;
import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.InvoiceView;
import fr.guichet.billing.service.IssueCreditNoteService;
import fr.guichet.billing.service.IssueInvoiceService;
import fr.guichet.billing.service.RecordPaymentService;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.DomainMessages;
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
        act(() -> issuer.issue(id, invoice.version(), operator.getActor()), "Invoice issued");
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
                "Payment recorded")) {
            paymentAmount = null;
            paymentReference = null;
            overpayment = false;
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        }
    }

    public void credit() {
        if (act(() -> creditNotes.credit(id, creditAmount, creditReason, operator.getActor()), "Credit note issued")) {
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

    private boolean act(java.util.function.Supplier<InvoiceView> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            load();
            return true;
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
            load();
            return false;
        }
    }

    /** The status as words: "Partially paid". */
    public String getStatusLabel() {
        if (invoice == null) {
            return "";
        }
        String words = invoice.summary().status().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
            case "pending" -> "not yet sent" + (dolibarr.attempts() > 0 ? " — " + dolibarr.lastError() : "");
            case "failed" -> "stopped — " + dolibarr.lastError();
            default -> "not synced (issued before the sync was set up)";
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
