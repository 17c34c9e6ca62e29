package fr.guichet.it;

import static fr.guichet.it.AdminTenantsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The usage reports' contract. Until the chat path records calls, a new tenant's report is all zeros; the
 * shape, the period rules and who may see what are checked here.
 */
class UsageIT {

    @Test
    @DisplayName("a tenant sees its usage as totals and one entry per day of the period, in its time zone")
    void portalReport() {
        Tenants.Opened t = Tenants.open("usage");
        Api.operator().patch("/api/admin/tenants/" + t.id(), Map.of("timeZone", "America/New_York"));
        JsonNode report = Tenants.signIn(t)
                .get("/api/portal/usage?from=2026-10-30&to=2026-11-02")
                .json();
        assertThat(report.get("zone").asText()).isEqualTo("America/New_York");
        assertThat(report.get("from").asText()).isEqualTo("2026-10-30");
        assertThat(report.get("days").findValuesAsText("date"))
                .containsExactly("2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02");
        assertThat(report.at("/totals/requests").asLong()).isZero();
        assertThat(report.at("/totals/costEur").decimalValue()).isZero();
    }

    @Test
    @DisplayName("by default the report covers the current month up to today")
    void defaultPeriod() {
        JsonNode report = Api.operator().get("/api/admin/usage").json();
        assertThat(report.get("from").asText()).endsWith("-01");
        assertThat(report.get("days").size()).isBetween(1, 31);
        assertThat(report.get("zone").asText()).isEqualTo("Europe/Paris");
    }

    @Test
    @DisplayName("bad dates, a reversed or too long period, and an unknown tenant are problems")
    void badInput() {
        Api operator = Api.operator();
        assertProblem(operator.get("/api/admin/usage?from=yesterday"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/usage?from=2026-11-10&to=2026-11-01"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/usage?from=2024-01-01&to=2026-01-01"), 400, "VALIDATION_FAILED");
        assertProblem(operator.get("/api/admin/usage?tenantId=no-such-tenant"), 404, "TENANT_NOT_FOUND");
    }

    @Test
    @DisplayName("the admin report is for operators only; the portal report needs a session")
    void access() {
        Tenants.Opened t = Tenants.open("usageacl");
        assertProblem(Tenants.signIn(t).get("/api/admin/usage?tenantId=" + t.id()), 403, "FORBIDDEN");
        assertProblem(Api.anonymous().get("/api/admin/usage"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(Api.anonymous().get("/api/portal/usage"), 401, "AUTHENTICATION_REQUIRED");
        assertThat(Api.operator().get("/api/admin/usage?tenantId=" + t.id()).status())
                .isEqualTo(200);
    }
}
