package fr.guichet.dispatch.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens provider keys with AES-256-GCM (JDK only): a fresh random 12-byte IV per sealing, a
 * 128-bit tag, and associated data that binds the ciphertext to its row, so a ciphertext copied to another
 * row, a wrong master key or any altered byte fails loudly rather than yielding garbage. New keys are always
 * sealed under the ring's current master key; retired master keys still open what they sealed.
 */
public final class KeyCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MasterKeyRing ring;
    private final SecureRandom random;

    public KeyCipher(MasterKeyRing ring) {
        this(ring, new SecureRandom());
    }

    KeyCipher(MasterKeyRing ring, SecureRandom random) {
        this.ring = ring;
        this.random = random;
    }

    /** The id of the master key new sealings use. */
    public String currentKeyId() {
        return ring.currentId();
    }

    public SealedKey seal(String plaintext, String associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, ring.current(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b64 = Base64.getEncoder();
            return new SealedKey(b64.encodeToString(sealed), b64.encodeToString(iv), ring.currentId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM: " + e.getMessage(), e);
        }
    }

    /** The plaintext, or a {@link KeyCipherException} saying why it cannot be had. */
    public String open(SealedKey sealed, String associatedData) {
        SecretKey key = ring.find(sealed.masterKeyId())
                .orElseThrow(
                        () -> new KeyCipherException(
                                "The provider key was sealed under master key '" + sealed.masterKeyId()
                                        + "', which is not "
                                        + "configured: keep it in guichet.master-keys-retired until every key is re-encrypted"));
        byte[] iv;
        byte[] data;
        try {
            iv = Base64.getDecoder().decode(sealed.iv());
            data = Base64.getDecoder().decode(sealed.ciphertext());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new KeyCipherException("The stored provider key is not valid base64");
        }
        if (iv.length != IV_BYTES) {
            throw new KeyCipherException("The stored provider key has an IV of " + iv.length + " bytes, not 12");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(data), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new KeyCipherException("The provider key does not authenticate under master key '"
                    + sealed.masterKeyId() + "': the configured key is not the one that sealed it, or the stored "
                    + "data was altered or belongs to another row");
        } catch (GeneralSecurityException e) {
            throw new KeyCipherException("The stored provider key cannot be decrypted: "
                    + e.getClass().getSimpleName());
        }
    }
}
