package fr.guichet.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.guichet.access.service.NewPlan;
import fr.guichet.access.service.PlanService;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.time.ClockProducer;
import fr.guichet.licensing.service.LicenseActivations;
import fr.guichet.licensing.service.LicenseExpiryTimer;
import fr.guichet.licensing.service.LicenseGrants;
import fr.guichet.licensing.service.LicenseService;
import fr.guichet.licensing.service.NewLicenses;
import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.service.NewTenant;
import fr.guichet.tenancy.service.TenantCreated;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Licensed access ends through the application's own beans, inside the server: tenants opened by
 * {@link TenantService}, keys generated and activated, the injected clock moved by {@link ClockProducer}, and the
 * expiry timer's sweep called directly — the story of the end-to-end {@code LicenseExpiryIT} without HTTP and
 * without waiting for the timer's minute.
 */
@InContainer
class LicenseExpiryArqIT {

    private static final String ADDRESS = "198.51.100.20";

    @Deployment
    static EnterpriseArchive deployment() {
        return GuichetDeployment.withTestsOf(LicenseExpiryArqIT.class);
    }

    @Inject
    TenantService tenants;

    @Inject
    PlanService plans;

    @Inject
    LicenseService licenses;

    @Inject
    LicenseActivations activations;

    @Inject
    LicenseGrants grants;

    @Inject
    LicenseExpiryTimer expiry;

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        clocks.shift(Duration.ZERO);
    }

    @Test
    @DisplayName("runs inside the in-container server, on an embedded Derby database of its own")
    void ownServerAndDatabase() throws NamingException, SQLException {
        String server = System.getProperty("wlp.server.name");
        assertThat(server).as("the server's name").isNotNull().doesNotContain("guichet-it");
        DataSource guichet = InitialContext.doLookup("jdbc/guichet");
        try (Connection connection = guichet.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("Apache Derby");
            String url = connection.getMetaData().getURL();
            assertThat(url).startsWith("jdbc:derby:");
            assertThat(Path.of(url.substring("jdbc:derby:".length())))
                    .as(url)
                    .endsWith(Path.of("servers", server, "data", "guichet"));
        }
    }

    @Test
    @DisplayName(
            "a tenant opened through TenantService reads back in its trial, with its first admin; its slug is taken")
    void opensTenant() {
        String slug = unique("arq-tenant");
        TenantCreated created =
                tenants.create(new NewTenant("Arq Tenant", slug, "it@" + slug + ".example", null, null, "Ada"));

        TenantView read = tenants.get(created.tenant().id());
        assertThat(read.slug()).isEqualTo(slug);
        assertThat(read.name()).isEqualTo("Arq Tenant");
        assertThat(read.status()).isEqualTo(TenantStatus.TRIAL);
        assertThat(read.planId()).isNull();
        assertThat(read.trialEndsAt())
                .isCloseTo(read.createdAt().plus(Duration.ofDays(30)), within(1, ChronoUnit.SECONDS));
        assertThat(created.admin().email()).isEqualTo("it@" + slug + ".example");
        assertThat(created.admin().role()).isEqualTo(Role.TENANT_ADMIN);
        assertThat(created.setPasswordLink().url()).contains("/portal/" + slug + "/password?lang=fr#token=");
        assertThatThrownBy(() -> tenants.create(new NewTenant("Twin", slug, "twin@example.org", null, null, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SLUG_TAKEN));
    }

    @Test
    @DisplayName("ClockProducer.shift moves the injected Clock, and a shift of zero puts it back")
    void clockMoves() {
        Instant before = clock.instant();
        clocks.shift(Duration.ofDays(3));
        assertThat(clock.instant())
                .isBetween(before.plus(Duration.ofDays(3)), Instant.now().plus(Duration.ofDays(3)));

        clocks.shift(Duration.ZERO);
        assertThat(clock.instant()).isBetween(before, Instant.now());
    }

    @Test
    @DisplayName("the expiry sweep ends licensed access that is over (back to the trial, no plan) and keeps the rest")
    void sweepEndsExpiredAccess() {
        String plan = plans.create(
                        new NewPlan(
                                unique("arq-plan"),
                                "Arq plan",
                                BigDecimal.TEN,
                                null,
                                null,
                                1000,
                                null,
                                null,
                                null,
                                null),
                        "system")
                .id();
        TenantCreated ending = licensed(plan, 30);
        TenantCreated going = licensed(plan, 60);
        assertThat(tenants.get(ending.tenant().id()).status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenants.get(ending.tenant().id()).planId()).isEqualTo(plan);

        clocks.shift(Duration.ofDays(31));
        expiry.sweep();

        TenantView ended = tenants.get(ending.tenant().id());
        assertThat(grants.current(ended.id())).as("no access in force").isEmpty();
        assertThat(ended.status()).isEqualTo(TenantStatus.TRIAL);
        assertThat(ended.planId()).as("back to no plan").isNull();
        TenantView still = tenants.get(going.tenant().id());
        assertThat(grants.current(still.id())).as("60 days not over").isPresent();
        assertThat(still.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(still.planId()).isEqualTo(plan);
    }

    /** A tenant that activated a key of {@code days} days of the plan, now. */
    private TenantCreated licensed(String plan, int days) {
        String slug = unique("arq-lic");
        TenantCreated tenant =
                tenants.create(new NewTenant("Licensed", slug, "it@" + slug + ".example", null, null, null));
        String key = licenses.generate(new NewLicenses(plan, days, null, null, null, null, null, null), "operator:arq")
                .licenses()
                .get(0)
                .key();
        activations.activate(tenant.tenant().id(), tenant.admin().id(), key, ADDRESS);
        return tenant;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
