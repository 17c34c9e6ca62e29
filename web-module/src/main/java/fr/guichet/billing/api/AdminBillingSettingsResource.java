package fr.guichet.billing.api;

import fr.guichet.billing.domain.PricingTerms;
import fr.guichet.billing.service.BillingStats;
import fr.guichet.billing.service.BillingStatsView;
import fr.guichet.billing.service.CompanySettings;
import fr.guichet.billing.service.CompanyView;
import fr.guichet.billing.service.MonthlyRun;
import fr.guichet.billing.service.PlanPricingService;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operators' billing settings: the company on the invoices, plans' pricing, and the monthly run on demand. */
@Path("admin/billing")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: billing")
@SecurityRequirement(name = "operatorBasic")
public class AdminBillingSettingsResource {

    @Inject
    CompanySettings company;

    @Inject
    PlanPricingService pricing;

    @Inject
    MonthlyRun run;

    @Inject
    BillingStats stats;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @GET
    @Path("company")
    @Operation(summary = "The company on the invoices", description = "With the mandatory mentions still missing.")
    public CompanyView company() {
        return company.get();
    }

    @PUT
    @Path("company")
    @Operation(
            summary = "Set the company on the invoices",
            description = "Replaces every field; checks SIREN, SIRET, VAT number, IBAN.")
    public CompanyView setCompany(BillingRequests.Company body) {
        return company.change(validator.valid(body).toTerms(), actor());
    }

    @GET
    @Path("plans/{planId}/pricing")
    @Operation(summary = "A plan's pricing beyond its fee")
    public PricingTerms pricing(@PathParam("planId") String planId) {
        return pricing.get(planId);
    }

    @PUT
    @Path("plans/{planId}/pricing")
    @Operation(
            summary = "Set a plan's pricing beyond its fee",
            description = "Promotion, included keys, usage charges.")
    public PricingTerms setPricing(@PathParam("planId") String planId, BillingRequests.Pricing body) {
        return pricing.set(planId, validator.valid(body).toTerms(), actor());
    }

    @GET
    @Path("stats")
    @Operation(
            summary = "Billing statistics",
            description =
                    "Invoiced and collected per month, paid, unpaid and overdue invoices, average invoice, MRR by plan.")
    public BillingStatsView stats() {
        return stats.compute();
    }

    @POST
    @Path("run")
    @Operation(
            summary = "Run the monthly invoicing now",
            description = "Invoices every subscription period that is over and not invoiced yet; never twice.")
    public MonthlyRun.RunResult runNow() {
        return run.runNow(actor());
    }

    private String actor() {
        return "operator:" + caller.user().email();
    }
}
