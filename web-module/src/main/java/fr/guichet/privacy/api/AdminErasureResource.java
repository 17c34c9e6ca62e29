package fr.guichet.privacy.api;

import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.ReasonRequest;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.privacy.service.ErasureView;
import fr.guichet.privacy.service.Erasures;
import fr.guichet.privacy.service.PrivacyTimer;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasures of clients' personal data: those pending (and when), those done or called off; call one off; run now. */
@Path("admin/privacy/erasures")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: privacy")
@SecurityRequirement(name = "operatorBasic")
public class AdminErasureResource {

    @Inject
    Erasures erasures;

    @Inject
    PrivacyTimer timer;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(
            summary = "Erasures",
            description = "The latest due first. status=pending (the default) lists those still to run, status=all"
                    + " every one; tenantId narrows to one client.")
    public PageResponse<ErasureView> list(
            @QueryParam("status") String status, @QueryParam("tenantId") String tenantId, @BeanParam PageParams page) {
        boolean pendingOnly =
                status == null || status.isBlank() || status.strip().equals("pending");
        if (!pendingOnly && !status.strip().equals("all")) {
            throw fr.guichet.common.domain.DomainException.invalid("status", "must be pending or all");
        }
        String tenant = tenantId == null || tenantId.isBlank() ? null : tenantId.strip();
        return PageResponse.of(erasures.list(pendingOnly, tenant, page.toRequest()), x -> x);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Call off a pending erasure", description = "With a reason, written to the audit log.")
    public ErasureView cancel(@PathParam("id") String id, ReasonRequest body) {
        validator.valid(body);
        return erasures.cancel(id, caller.actorName(), body.reason());
    }

    @POST
    @Path("run")
    @Operation(
            summary = "Run the erasures that are due now",
            description = "What privacy's nightly timer does; each erasure runs once, on any server.")
    public Map<String, Integer> run() {
        return Map.of("done", timer.round());
    }
}
