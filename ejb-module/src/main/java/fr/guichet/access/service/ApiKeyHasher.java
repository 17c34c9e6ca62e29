package fr.guichet.access.service;

import fr.guichet.common.secret.SecretFile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash of API keys: hex HMAC-SHA256 under a server secret, so that a copy of the database alone
 * cannot be used to test guesses. The secret is {@code guichet.access.key-secret}
 * ({@code GUICHET_ACCESS_KEY_SECRET}, at least 32 characters); without it, one is generated once into
 * {@code guichet.access.key-secret-file}, which only suits a single server. Changing the secret makes every
 * issued key unknown.
 */
@ApplicationScoped
public class ApiKeyHasher {

    private static final System.Logger LOG = System.getLogger(ApiKeyHasher.class.getName());
    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    AccessConfig config;

    private SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /** For CDI. */
    protected ApiKeyHasher() {}

    /** A hasher with a given secret (tests). */
    ApiKeyHasher(String secret) {
        this.key = keyOf(secret);
    }

    @PostConstruct
    void init() {
        String secret = config.keySecret().orElseGet(this::secretFromFile);
        if (secret.length() < KeySecretFile.MIN_SECRET_LENGTH) {
            throw new IllegalStateException(
                    "GUICHET_ACCESS_KEY_SECRET must hold at least " + KeySecretFile.MIN_SECRET_LENGTH + " characters");
        }
        key = keyOf(secret);
    }

    /** Builds the hasher when the application starts: a missing secret is reported, a bad one fails, at once. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.log(Level.DEBUG, "API key hasher ready");
    }

    /** The keyed hash of a presented or new key, as 64 lower-case hex digits. */
    public String hash(String apiKey) {
        // One Mac per thread, keyed once: getInstance and init cost more than the hash of a short key.
        Mac mac = macs.get();
        return HexFormat.of().formatHex(mac.doFinal(apiKey.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private String secretFromFile() {
        Path file = Path.of(config.keySecretFile());
        SecretFile.Loaded loaded = KeySecretFile.loadOrCreate(file, new SecureRandom());
        LOG.log(
                Level.WARNING,
                "GUICHET_ACCESS_KEY_SECRET is not set: API keys are hashed with a server secret {0} "
                        + "{1}. Set GUICHET_ACCESS_KEY_SECRET (32+ random characters) in production, and to the same value "
                        + "on every server that shares the database; changing it later makes every issued key unknown.",
                loaded.created() ? "generated into" : "read from",
                file.toAbsolutePath());
        return loaded.secret();
    }

    private static SecretKeySpec keyOf(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }
}
