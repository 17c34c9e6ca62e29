package fr.guichet.tenancy.service;

import com.github.benmanes.caffeine.cache.Cache;
import fr.guichet.common.cache.Caches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * Slow password hashing with Jakarta Security's PBKDF2 (HMAC-SHA512), password generation, and a short-lived
 * memory of recent successful checks so that HTTP Basic callers do not pay the slow hash on every request.
 * The memory holds only a SHA-256 of (stored hash, password); a password change invalidates it because the
 * stored hash changes.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;

    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Boolean> recentlyVerified =
            Caches.bounded(10_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    TenancyConfig config;

    private String decoyHash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(config.pbkdf2Iterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES)));
        decoyHash = decoyHash(config.pbkdf2Iterations(), random);
    }

    /**
     * A stored hash that no password matches, of the same algorithm, iterations and sizes as a real one, so that
     * checking it costs what a real check costs: random salt and random key bytes. Made without running PBKDF2,
     * which at start-up, before the JIT has compiled it, took a second or more of the application's start.
     */
    static String decoyHash(int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(salt);
        random.nextBytes(key);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        String key = fingerprint(storedHash, password);
        if (recentlyVerified.getIfPresent(key) != null) {
            return true;
        }
        boolean ok = hash.verify(password.toCharArray(), storedHash);
        if (ok) {
            recentlyVerified.put(key, Boolean.TRUE);
        }
        return ok;
    }

    /** Spends the time of a real check, so that an unknown account answers as slowly as a wrong password. */
    public void verifyDecoy(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), decoyHash);
    }

    /** A random password of 20 letters and digits (about 117 bits), without look-alike characters. */
    public String generate() {
        StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String fingerprint(String storedHash, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
