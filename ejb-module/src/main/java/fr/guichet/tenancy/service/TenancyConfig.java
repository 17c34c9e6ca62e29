package fr.guichet.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tenancy feature's settings (MicroProfile Config; defaults in microprofile-config.properties). */
@ApplicationScoped
public class TenancyConfig {

    @Inject
    @ConfigProperty(name = "guichet.zone", defaultValue = "Europe/Paris")
    String zone;

    @Inject
    @ConfigProperty(name = "guichet.tenancy.trial-days", defaultValue = "30")
    int trialDays;

    @Inject
    @ConfigProperty(name = "guichet.admin.email", defaultValue = "admin@guichet.local")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "guichet.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "guichet.security.pbkdf2-iterations", defaultValue = "210000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "guichet.security.login.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "guichet.security.login.max-failures-per-address", defaultValue = "50")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "guichet.security.login.window", defaultValue = "PT15M")
    Duration loginWindow;

    @Inject
    @ConfigProperty(name = "guichet.security.login.account-slowdown-after", defaultValue = "20")
    int accountSlowdownAfter;

    @Inject
    @ConfigProperty(name = "guichet.security.login.account-slow-interval", defaultValue = "PT5S")
    Duration accountSlowInterval;

    @Inject
    @ConfigProperty(name = "guichet.password.welcome-link-valid-for", defaultValue = "P7D")
    Duration welcomeLinkValidFor;

    @Inject
    @ConfigProperty(name = "guichet.password.reset-link-valid-for", defaultValue = "PT1H")
    Duration resetLinkValidFor;

    public Duration welcomeLinkValidFor() {
        return welcomeLinkValidFor;
    }

    public Duration resetLinkValidFor() {
        return resetLinkValidFor;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public Duration trialLength() {
        return Duration.ofDays(trialDays);
    }

    public String adminEmail() {
        return adminEmail;
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    public int pbkdf2Iterations() {
        return pbkdf2Iterations;
    }

    public int maxFailuresPerAccount() {
        return maxFailuresPerAccount;
    }

    public int maxFailuresPerAddress() {
        return maxFailuresPerAddress;
    }

    public Duration loginWindow() {
        return loginWindow;
    }

    public int accountSlowdownAfter() {
        return accountSlowdownAfter;
    }

    public Duration accountSlowInterval() {
        return accountSlowInterval;
    }
}
