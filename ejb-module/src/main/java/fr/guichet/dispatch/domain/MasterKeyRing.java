package fr.guichet.dispatch.domain;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 master keys that protect provider keys: the current one, which encrypts, and retired ones, which
 * only decrypt what they encrypted before a rotation. Each key has a short id stored beside every ciphertext.
 * Parse errors name the setting, never its value; {@link #toString()} shows ids only.
 */
public final class MasterKeyRing {

    public static final int KEY_BYTES = 32;
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9._-]{1,40}$");

    private final String currentId;
    private final Map<String, SecretKey> keys;

    public MasterKeyRing(String currentId, byte[] currentKey, Map<String, byte[]> retired) {
        requireId(currentId, "guichet.master-key-id");
        Map<String, SecretKey> all = new LinkedHashMap<>();
        all.put(currentId, aes(currentKey, "guichet.master-key"));
        retired.forEach((id, key) -> {
            requireId(id, "guichet.master-keys-retired");
            if (all.containsKey(id)) {
                throw new IllegalArgumentException("guichet.master-keys-retired repeats the key id '" + id
                        + "' (ids must be unique, and differ from guichet.master-key-id)");
            }
            all.put(id, aes(key, "guichet.master-keys-retired (" + id + ")"));
        });
        this.currentId = currentId;
        this.keys = Collections.unmodifiableMap(all);
    }

    /**
     * A ring from configuration text: the current key in base64, and retired keys as
     * {@code id:base64,id:base64} (blank or null for none).
     */
    public static MasterKeyRing parse(String currentId, String currentBase64, String retired) {
        Map<String, byte[]> old = new LinkedHashMap<>();
        if (retired != null && !retired.isBlank()) {
            for (String entry : retired.split(",")) {
                int colon = entry.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException(
                            "guichet.master-keys-retired must be a list of id:base64 separated by commas");
                }
                String id = entry.substring(0, colon).strip();
                if (old.containsKey(id)) {
                    throw new IllegalArgumentException("guichet.master-keys-retired repeats the key id '" + id + "'");
                }
                old.put(id, decode(entry.substring(colon + 1), "guichet.master-keys-retired (" + id + ")"));
            }
        }
        return new MasterKeyRing(currentId, decode(currentBase64, "guichet.master-key"), old);
    }

    /** Decodes a base64 key of exactly 32 bytes; the error names {@code setting} but never shows the value. */
    public static byte[] decode(String base64, String setting) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(setting + " is empty");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    setting + " must be the base64 of " + KEY_BYTES + " bytes, not " + key.length);
        }
        return key;
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    Optional<SecretKey> find(String id) {
        return Optional.ofNullable(id == null ? null : keys.get(id));
    }

    @Override
    public String toString() {
        return "MasterKeyRing[current=" + currentId + ", ids=" + keys.keySet() + "]";
    }

    private static SecretKey aes(byte[] key, String setting) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(setting + " must be " + KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(key, "AES");
    }

    private static void requireId(String id, String setting) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    setting + " holds a key id that is not 1 to 40 letters, digits, '.', '_' or '-'");
        }
    }
}
