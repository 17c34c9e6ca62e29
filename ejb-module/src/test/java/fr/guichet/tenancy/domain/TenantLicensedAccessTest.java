package fr.guichet.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TenantLicensedAccessTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static Tenant trialTenant() {
        return new Tenant(
                "ACME", "acme", "it@acme.example", ZoneId.of("Europe/Paris"), NOW.plus(Duration.ofDays(30)), NOW);
    }

    @Test
    @DisplayName(
            "licensed access moves a trial tenant to active on the licensed plan, and back to its trial at the end")
    void trialRoundTrip() {
        Tenant t = trialTenant();
        t.beginLicensedAccess("licensed", NOW);
        assertThat(t.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(t.planId()).isEqualTo("licensed");
        t.endLicensedAccess("licensed", null, TenantStatus.TRIAL, NOW);
        assertThat(t.status()).isEqualTo(TenantStatus.TRIAL);
        assertThat(t.planId()).isNull();
        assertThat(t.trialEndsAt()).as("the trial keeps its end").isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    @DisplayName("the latest key's plan follows, unless an operator chose another plan, which then stands at the end")
    void operatorChoiceStands() {
        Tenant t = trialTenant();
        t.beginLicensedAccess("starter", NOW);
        t.followLicensedPlan("starter", "business", NOW);
        assertThat(t.planId()).isEqualTo("business");
        t.changePlan("contract", NOW);
        t.followLicensedPlan("business", "enterprise", NOW);
        assertThat(t.planId()).isEqualTo("contract");
        t.endLicensedAccess("enterprise", null, TenantStatus.TRIAL, NOW);
        assertThat(t.planId()).isEqualTo("contract");
        assertThat(t.status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    @DisplayName("a tenant suspended by an operator during licensed access stays suspended when it ends")
    void suspensionStands() {
        Tenant t = trialTenant();
        t.beginLicensedAccess("licensed", NOW);
        t.moveTo(TenantStatus.SUSPENDED, NOW);
        t.endLicensedAccess("licensed", "previous", TenantStatus.TRIAL, NOW);
        assertThat(t.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(t.planId()).isEqualTo("previous");
    }
}
