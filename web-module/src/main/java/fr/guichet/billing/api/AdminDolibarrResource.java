package fr.guichet.billing.api;

import fr.guichet.billing.erp.ErpAdmin;
import fr.guichet.billing.erp.ErpProbe;
import fr.guichet.billing.erp.ErpReconciler;
import fr.guichet.billing.erp.ErpReports;
import fr.guichet.billing.erp.ErpTaskKind;
import fr.guichet.billing.erp.ErpViews;
import fr.guichet.billing.erp.ErpWorker;
import fr.guichet.common.api.PageParams;
import fr.guichet.common.api.PageResponse;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sync with the operator's Dolibarr: its settings (the API key write-only), a connection test, what is not in
 * sync yet with "retry now", and the Dolibarr ids and state of clients, invoices and payments.
 */
@Path("admin/billing/dolibarr")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: billing")
@SecurityRequirement(name = "operatorBasic")
public class AdminDolibarrResource {

    private static final int MAX_IDS = 100;

    @Inject
    ErpAdmin admin;

    @Inject
    ErpProbe probe;

    @Inject
    ErpWorker worker;

    @Inject
    ErpReconciler reconciler;

    @Inject
    ErpReports reports;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(summary = "Dolibarr settings", description = "The API key shows as **** and its last 4 characters.")
    public ErpViews.Settings settings() {
        return admin.settings();
    }

    @PUT
    @Operation(
            summary = "Set the Dolibarr settings",
            description = "baseUrl is Dolibarr's address (its API under /api/index.php); apiKey is sent once and"
                    + " sealed (leave it out to keep the saved one); paymentModes maps transfer, card, direct_debit,"
                    + " check, cash and other to Dolibarr's payment mode ids; enabled switches the sync on or off (tasks"
                    + " wait while it is off).")
    public ErpViews.Settings change(BillingRequests.Dolibarr body) {
        return admin.change(validator.valid(body).toChange(), caller.actorName());
    }

    @DELETE
    @Operation(
            summary = "Disconnect Dolibarr",
            description = "Forgets its address and key: nothing more is queued for it. Tasks not sent stay listed;"
                    + " they are sent if Dolibarr is set up again.")
    public jakarta.ws.rs.core.Response disconnect() {
        admin.disconnect(caller.actorName());
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @POST
    @Path("test")
    @Operation(
            summary = "Test the connection",
            description = "Reaches Dolibarr with the saved settings: its version, the key's user and the rights the"
                    + " sync needs that the key lacks. A working connection lifts a halt.")
    public ErpViews.Connection test() {
        return probe.test();
    }

    @GET
    @Path("tasks")
    @Operation(
            summary = "What is not in sync",
            description = "Tasks pending (waiting for their next attempt or for the one before them) or failed, with"
                    + " their last error and attempts; tenantId narrows to one client.")
    public PageResponse<ErpViews.Task> tasks(@QueryParam("tenantId") String tenantId, @BeanParam PageParams page) {
        String tenant = tenantId == null || tenantId.isBlank() ? null : tenantId.strip();
        return PageResponse.of(admin.notInSync(tenant, page.toRequest()), x -> x);
    }

    @POST
    @Path("tasks/{id}/retry")
    @Operation(summary = "Retry a task now", description = "A failed or waiting task is sent again at once.")
    public ErpViews.Task retry(@PathParam("id") String id) {
        return admin.retry(id, caller.actorName());
    }

    @POST
    @Path("tasks/retry")
    @Operation(summary = "Retry every task not in sync now")
    public Map<String, Integer> retryAll() {
        return Map.of("retried", admin.retryAll(caller.actorName()));
    }

    @POST
    @Path("run")
    @Operation(summary = "Send what is due now", description = "What the sync's worker does every ten seconds.")
    public Map<String, Integer> run() {
        return Map.of("done", worker.deliverDue());
    }

    @GET
    @Path("reconciliations")
    @Operation(
            summary = "Reconciliations",
            description = "Latest first: each month's issued invoices and payments compared with Dolibarr's, with the"
                    + " differences found (nightly, for the month of the day before).")
    public PageResponse<ErpViews.Reconciliation> reconciliations(@BeanParam PageParams page) {
        return PageResponse.of(reports.list(page.toRequest()), x -> x);
    }

    @POST
    @Path("reconciliations")
    @Operation(
            summary = "Reconcile a month now",
            description = "month is YYYY-MM (this month when absent). 409 ERP_NOT_CONFIGURED when Dolibarr is not set"
                    + " up or its sync is off.")
    public ErpViews.Reconciliation reconcile(Map<String, String> body) {
        String month = body == null ? null : body.get("month");
        YearMonth period;
        YearMonth now = reconciler.currentMonth();
        try {
            period = month == null || month.isBlank() ? now : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "must be a month as YYYY-MM, e.g. 2026-11");
        }
        if (period.isAfter(now) || period.isBefore(now.minusYears(10))) {
            throw DomainException.invalid("month", "must be a month of the last 10 years, not a future one");
        }
        return reconciler
                .reconcile(period, caller.actorName())
                .orElseThrow(() -> new DomainException(
                        ErrorCode.ERP_NOT_CONFIGURED, "Set Dolibarr up and switch its sync on first"));
    }

    @GET
    @Path("records")
    @Operation(
            summary = "Records in Dolibarr",
            description = "kind=party (clients by tenant id), invoice or payment; ids a comma-separated list (at most"
                    + " 100). Each with its state (synced, pending, failed, not_synced), Dolibarr's id and number.")
    public List<ErpViews.Record> records(@QueryParam("kind") String kind, @QueryParam("ids") String ids) {
        ErpTaskKind wanted = Arrays.stream(ErpTaskKind.values())
                .filter(k ->
                        k.wireName().equals(kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("kind", "must be party, invoice or payment"));
        List<String> list = ids == null
                ? List.of()
                : Arrays.stream(ids.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        if (list.isEmpty() || list.size() > MAX_IDS || list.stream().anyMatch(s -> s.length() > 36)) {
            throw DomainException.invalid("ids", "must list 1 to " + MAX_IDS + " ids, separated by commas");
        }
        return admin.records(wanted, list);
    }
}
