package fr.guichet.billing.api;

import fr.guichet.billing.service.InvoiceDrafts;
import fr.guichet.billing.service.InvoiceFiles;
import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.InvoiceView;
import fr.guichet.billing.service.IssueCreditNoteService;
import fr.guichet.billing.service.IssueInvoiceService;
import fr.guichet.billing.service.RecordPaymentService;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One invoice, for operators: read, edit or delete a draft, issue it, record a payment, credit it, download its
 * documents. An issued invoice is never edited nor deleted ({@code 409 invoice_issued}).
 */
@Path("admin/billing/invoices/{id}")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: billing")
@SecurityRequirement(name = "operatorBasic")
public class AdminInvoiceItemResource {

    @Inject
    InvoiceQueries queries;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    IssueInvoiceService issuer;

    @Inject
    RecordPaymentService payments;

    @Inject
    IssueCreditNoteService creditNotes;

    @Inject
    InvoiceFiles files;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(summary = "An invoice or credit note, with its lines, payments and credit notes")
    public InvoiceView get(@PathParam("id") String id) {
        return queries.get(null, id);
    }

    @PUT
    @Operation(summary = "Edit a draft", description = "Replaces its lines, period and note.")
    public InvoiceView edit(@PathParam("id") String id, BillingRequests.Draft body) {
        validator.valid(body);
        return drafts.edit(
                id,
                body.draftLines(),
                body.periodStart(),
                body.periodEnd(),
                body.note(),
                body.version() == null ? queries.get(null, id).version() : body.version(),
                actor());
    }

    @DELETE
    @Operation(summary = "Delete a manual draft")
    public Response delete(@PathParam("id") String id) {
        drafts.delete(id, actor());
        return Response.noContent().build();
    }

    @POST
    @Path("issue")
    @Operation(
            summary = "Issue a draft",
            description = "Gives it its legal number; its PDF and Factur-X are made once.")
    public InvoiceView issue(@PathParam("id") String id, BillingRequests.Issue body) {
        return issuer.issue(id, body == null || body.version() == null ? -1 : body.version(), actor());
    }

    @POST
    @Path("payments")
    @Operation(
            summary = "Record a payment",
            description = "Partial payments add up; above the balance needs overpayment.")
    public Response pay(@PathParam("id") String id, BillingRequests.Payment body) {
        validator.valid(body);
        InvoiceView paid = payments.record(
                id,
                body.receivedOn(),
                body.amount(),
                body.method(),
                body.reference(),
                Boolean.TRUE.equals(body.overpayment()),
                actor());
        return Response.status(Response.Status.CREATED).entity(paid).build();
    }

    @POST
    @Path("payment-failures")
    @Operation(
            summary = "Note that a payment failed",
            description = "A bounced transfer, a rejected debit: the client is told by mail (dunning acts on it).")
    public InvoiceView paymentFailed(@PathParam("id") String id, BillingRequests.PaymentFailure body) {
        return payments.markFailed(id, body == null ? null : body.reason(), actor());
    }

    @POST
    @Path("credit-notes")
    @Operation(
            summary = "Credit the invoice",
            description = "A credit note, issued at once, in full or for an amount HT.")
    public Response credit(@PathParam("id") String id, BillingRequests.CreditNote body) {
        validator.valid(body);
        InvoiceView note = creditNotes.credit(id, body.amountHt(), body.reason(), actor());
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    @GET
    @Path("pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(summary = "The PDF (PDF/A-3 with its Factur-X inside)")
    public Response pdf(@PathParam("id") String id) {
        InvoiceFiles.Document doc = files.pdf(null, id);
        return download(doc, "application/pdf");
    }

    @GET
    @Path("facturx")
    @Produces({"application/xml", "application/problem+json"})
    @Operation(summary = "The Factur-X XML (EN 16931)")
    public Response facturX(@PathParam("id") String id) {
        InvoiceFiles.Document doc = files.facturX(null, id);
        return download(doc, "application/xml");
    }

    static Response download(InvoiceFiles.Document doc, String type) {
        return Response.ok(doc.bytes(), type)
                .header("Content-Disposition", "attachment; filename=\"" + doc.fileName() + "\"")
                .build();
    }

    private String actor() {
        return "operator:" + caller.user().email();
    }
}
