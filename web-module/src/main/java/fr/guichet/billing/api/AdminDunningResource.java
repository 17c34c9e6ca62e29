package fr.guichet.billing.api;

import fr.guichet.billing.service.DunningRounds;
import fr.guichet.billing.service.DunningService;
import fr.guichet.billing.service.DunningStepView;
import fr.guichet.billing.service.DunningView;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.domain.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's dunning history: each unpaid invoice, the step it is at and the next one. */
@Path("admin/billing/dunning")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: billing")
@SecurityRequirement(name = "operatorBasic")
public class AdminDunningResource {

    @Inject
    DunningService dunning;

    @Inject
    DunningRounds rounds;

    @GET
    @Operation(summary = "A tenant's dunnings", description = "Newest first: owed amount, last and next step.")
    public List<DunningView> list(@QueryParam("tenantId") String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw DomainException.invalid("tenantId", "must not be blank");
        }
        return dunning.ofTenant(tenantId.strip());
    }

    @POST
    @Path("run")
    @Operation(
            summary = "Run a round of dunning now",
            description = "What billing's hourly timer does: overdue invoices start their dunning, running ones do the"
                    + " steps that are due. Each step is done once, however often a round runs, on any server.")
    public DunningRounds.Round run() {
        return rounds.run();
    }

    @GET
    @Path("schedule")
    @Operation(
            summary = "The dunning schedule",
            description = "GUICHET_DUNNING_SCHEDULE step by step: its day (an ISO period from the start), the mail"
                    + " it sends, whether /v1 is blocked and whether the client can still change plans.")
    public List<DunningStepView> schedule() {
        return dunning.scheduleSteps();
    }
}
