package fr.guichet.access.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The access feature's settings (MicroProfile Config; defaults in microprofile-config.properties). */
@ApplicationScoped
public class AccessConfig {

    @Inject
    @ConfigProperty(name = "guichet.access.key-secret")
    Optional<String> keySecret;

    @Inject
    @ConfigProperty(name = "guichet.access.key-secret-file", defaultValue = "data/access-key.secret")
    String keySecretFile;

    @Inject
    @ConfigProperty(name = "guichet.access.rotation-grace", defaultValue = "PT24H")
    Duration rotationGrace;

    @Inject
    @ConfigProperty(name = "guichet.access.key-cache-ttl", defaultValue = "PT30S")
    Duration keyCacheTtl;

    @Inject
    @ConfigProperty(name = "guichet.access.tenant-status-cache-ttl", defaultValue = "PT5S")
    Duration tenantStatusCacheTtl;

    /** The server secret of the keyed hash (GUICHET_ACCESS_KEY_SECRET), when set. */
    public Optional<String> keySecret() {
        return keySecret.filter(s -> !s.isBlank());
    }
    /** Where a generated secret is kept when none is set, relative to the server's working directory. */
    public String keySecretFile() {
        return keySecretFile;
    }

    public Duration rotationGrace() {
        return nonNegative(rotationGrace);
    }

    public Duration keyCacheTtl() {
        return nonNegative(keyCacheTtl);
    }

    public Duration tenantStatusCacheTtl() {
        return nonNegative(tenantStatusCacheTtl);
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
