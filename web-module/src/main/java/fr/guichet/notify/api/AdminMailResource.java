package fr.guichet.notify.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.security.Actor;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.notify.service.MailView;
import fr.guichet.notify.service.OutboxAdmin;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mail outbox: what was sent, what waits and why, and sending one again. */
@Path("admin/mail")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: mail")
@SecurityRequirement(name = "operatorBasic")
public class AdminMailResource {

    @Inject
    OutboxAdmin outbox;

    @Inject
    Actor caller;

    @GET
    @Operation(summary = "List mails", description = "Newest first, paged; bodies are in one mail's view.")
    public PageResponse<MailView> list(
            @QueryParam("status") @Parameter(description = "pending, sent or failed") String status,
            @QueryParam("kind") @Parameter(description = "welcome, invoice_issued, payment_failed…") String kind,
            @QueryParam("tenantId") String tenantId,
            @BeanParam PageParams page) {
        return PageResponse.of(outbox.list(status, kind, tenantId, page.toRequest()), x -> x);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One mail, with its bodies and its last error")
    public MailView get(@PathParam("id") String id) {
        return outbox.get(id);
    }

    @POST
    @Path("{id}/resend")
    @Operation(
            summary = "Send a mail again",
            description = "A waiting or given-up mail is tried again now; a sent one is copied and the copy sent.")
    public MailView resend(@PathParam("id") String id) {
        return outbox.resend(id, caller.actorName());
    }
}
