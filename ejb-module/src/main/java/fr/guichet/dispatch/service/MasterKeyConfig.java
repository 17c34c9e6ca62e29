package fr.guichet.dispatch.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the master keys of provider keys come from (MicroProfile Config; defaults in
 * microprofile-config.properties). The keys themselves are secrets: environment only, never a shipped file.
 */
@ApplicationScoped
public class MasterKeyConfig {

    @Inject
    @ConfigProperty(name = "guichet.master-key")
    Optional<String> masterKey;

    @Inject
    @ConfigProperty(name = "guichet.master-key-id", defaultValue = "k1")
    String masterKeyId;

    @Inject
    @ConfigProperty(name = "guichet.master-keys-retired")
    Optional<String> retiredKeys;

    @Inject
    @ConfigProperty(name = "guichet.master-key-file", defaultValue = "data/master.key")
    String masterKeyFile;

    /** The current master key in base64, when configured (GUICHET_MASTER_KEY). */
    public Optional<String> masterKey() {
        return masterKey.filter(k -> !k.isBlank());
    }

    public String masterKeyId() {
        return masterKeyId.strip();
    }

    public Optional<String> retiredKeys() {
        return retiredKeys.filter(k -> !k.isBlank());
    }
    /** The generated key's file, relative to the server's working directory (its output directory). */
    public Path masterKeyFile() {
        return Path.of(masterKeyFile.strip());
    }
}
