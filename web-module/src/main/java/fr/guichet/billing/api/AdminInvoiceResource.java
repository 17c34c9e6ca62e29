package fr.guichet.billing.api;

import fr.guichet.billing.service.InvoiceDrafts;
import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.InvoiceSummary;
import fr.guichet.billing.service.InvoiceView;
import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.domain.DomainException;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators list every invoice and credit note, and write manual drafts. One invoice's calls: {@link AdminInvoiceItemResource}. */
@Path("admin/billing/invoices")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: billing")
@SecurityRequirement(name = "operatorBasic")
public class AdminInvoiceResource {

    @Inject
    InvoiceQueries queries;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(
            summary = "List invoices and credit notes",
            description = "Drafts first, then by issue date, newest first.")
    public PageResponse<InvoiceSummary> list(
            @QueryParam("tenantId") String tenantId,
            @QueryParam("kind") @Parameter(description = "invoice or credit_note") String kind,
            @QueryParam("status")
                    @Parameter(
                            description =
                                    "draft, issued, partially_paid, paid, overdue or credited (credit notes cancel it in full)")
                    String status,
            @QueryParam("from") @Parameter(description = "Issued on or after (ISO date)") String from,
            @QueryParam("to") @Parameter(description = "Issued on or before (ISO date)") String to,
            @QueryParam("period")
                    @Parameter(description = "A month (2026-11): invoices whose service period overlaps it")
                    String period,
            @QueryParam("number") @Parameter(description = "Start of the legal number") String number,
            @BeanParam PageParams page) {
        return PageResponse.of(
                queries.search(
                        new InvoiceQueries.Criteria(tenantId, kind, status, from, to, period, number),
                        page.toRequest()),
                x -> x);
    }

    @POST
    @Operation(summary = "Write a manual draft", description = "Free lines for a tenant; issued later.")
    public Response create(BillingRequests.Draft body, @Context UriInfo uri) {
        validator.valid(body);
        if (body.tenantId() == null || body.tenantId().isBlank()) {
            throw DomainException.invalid("tenantId", "must not be blank");
        }
        InvoiceView created = drafts.create(
                body.tenantId().strip(), body.draftLines(), body.periodStart(), body.periodEnd(), body.note(), actor());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.summary().id())
                        .build())
                .entity(created)
                .build();
    }

    private String actor() {
        return "operator:" + caller.user().email();
    }
}
