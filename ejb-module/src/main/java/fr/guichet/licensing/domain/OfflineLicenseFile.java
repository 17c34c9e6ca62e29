package fr.guichet.licensing.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The signed file of an {@link OfflineLicense}, and the public routine that checks it. It depends on the JDK only
 * (and on {@link OfflineLicense}), so an on-premise installation can copy the two classes as they are.
 *
 * <p>The file is UTF-8 text with LF line ends:
 * <pre>
 * -----BEGIN GUICHET LICENSE-----
 * format: 1
 * license: &lt;licenseId&gt;
 * tenant: &lt;tenantId&gt;
 * tenant-name: &lt;tenantName&gt;
 * plan: &lt;planCode&gt;
 * plan-name: &lt;planName&gt;
 * issued-at: &lt;ISO-8601 instant&gt;
 * expires-at: &lt;ISO-8601 instant&gt;
 * key-id: &lt;first 16 hex digits of the SHA-256 of the public key's X.509 encoding&gt;
 * signature: &lt;base64 of the Ed25519 signature&gt;
 * -----END GUICHET LICENSE-----
 * </pre>
 * The signature covers every byte before the line {@code signature: }, from the BEGIN line to the LF ending the
 * key-id line. The rest must be exactly as written: the signature in canonical base64 of 64 bytes, the END line,
 * then one LF or nothing. So changing any one byte of a file makes {@link #verify} fail. Each value is one line:
 * {@link #write} refuses line breaks and other control characters.
 *
 * <p>{@link #verify} does not read any clock: the caller compares {@link OfflineLicense#expiresAt()} with its own,
 * for instance with {@link #expired}.
 */
public final class OfflineLicenseFile {

    public static final String ALGORITHM = "Ed25519";
    public static final String BEGIN = "-----BEGIN GUICHET LICENSE-----";
    public static final String END = "-----END GUICHET LICENSE-----";
    private static final String FORMAT = "1";
    private static final String SIGNATURE = "signature: ";
    private static final List<String> FIELDS = List.of(
            "format", "license", "tenant", "tenant-name", "plan", "plan-name", "issued-at", "expires-at", "key-id");
    private static final int SIGNATURE_BYTES = 64;

    /** A license file that is not well-formed, or that the trusted key did not sign. */
    public static final class InvalidLicense extends Exception {
        public InvalidLicense(String message) {
            super(message);
        }
    }

    private OfflineLicenseFile() {}

    /** The file text of {@code license} signed with {@code signingKey}, whose public half is {@code publicKey}. */
    public static String write(OfflineLicense license, PrivateKey signingKey, PublicKey publicKey) {
        List<String> values = List.of(
                FORMAT,
                license.licenseId(),
                license.tenantId(),
                license.tenantName(),
                license.planCode(),
                license.planName(),
                license.issuedAt().toString(),
                license.expiresAt().toString(),
                keyId(publicKey));
        StringBuilder text = new StringBuilder(BEGIN).append('\n');
        for (int i = 0; i < FIELDS.size(); i++) {
            text.append(FIELDS.get(i))
                    .append(": ")
                    .append(oneLine(FIELDS.get(i), values.get(i)))
                    .append('\n');
        }
        byte[] signed = text.toString().getBytes(UTF_8);
        byte[] signature = sign(signed, signingKey);
        if (!verifies(signed, signature, publicKey)) {
            throw new IllegalArgumentException("The signing key and the public key are not a pair");
        }
        return text.append(SIGNATURE)
                .append(Base64.getEncoder().encodeToString(signature))
                .append('\n')
                .append(END)
                .append('\n')
                .toString();
    }

    /**
     * The license the file states, once its structure, its key id and its signature by {@code trustedKey} are
     * checked. Expiry is not checked: see {@link #expired}. Read a file with {@code Files.readString}, which
     * refuses bytes that are not UTF-8.
     */
    public static OfflineLicense verify(String fileText, PublicKey trustedKey) throws InvalidLicense {
        Objects.requireNonNull(trustedKey, "trustedKey");
        List<String> lines = lines(fileText);
        String signatureLine = lines.get(lines.size() - 2);
        Map<String, String> fields = fields(lines.subList(1, lines.size() - 2));
        if (!FORMAT.equals(fields.get("format"))) {
            throw new InvalidLicense("Unsupported license format '" + fields.get("format") + "' (expected 1)");
        }
        String trustedId = keyId(trustedKey);
        if (!trustedId.equals(fields.get("key-id"))) {
            throw new InvalidLicense("The license was signed with key " + fields.get("key-id")
                    + ", not with the trusted key " + trustedId);
        }
        String signed = String.join("\n", lines.subList(0, lines.size() - 2)) + "\n";
        if (!verifies(signed.getBytes(UTF_8), signature(signatureLine), trustedKey)) {
            throw new InvalidLicense("The signature does not verify with key " + trustedId + ": the file was altered");
        }
        return license(fields);
    }

    /** Whether the license has expired at {@code now} (from its expiresAt instant on). */
    public static boolean expired(OfflineLicense license, Instant now) {
        return !now.isBefore(license.expiresAt());
    }

    /** The id of a public key: the first 16 hex digits of the SHA-256 of its X.509 encoding. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** An Ed25519 public key from the base64 of its X.509 encoding. */
    public static PublicKey publicKeyFromBase64(String x509Base64) {
        try {
            byte[] encoded = Base64.getDecoder().decode(x509Base64.strip());
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Not the base64 X.509 encoding of an Ed25519 public key", e);
        }
    }

    /** The base64 of an Ed25519 public key's X.509 encoding. */
    public static String publicKeyToBase64(PublicKey key) {
        if (!(key instanceof EdECPublicKey edKey)
                || !ALGORITHM.equals(edKey.getParams().getName())) {
            throw new IllegalArgumentException("Not an Ed25519 public key");
        }
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static List<String> lines(String text) throws InvalidLicense {
        if (text.indexOf('\r') >= 0) {
            throw new InvalidLicense("The license file holds a CR: it must keep the LF line ends it was written with");
        }
        if (!UTF_8.newEncoder().canEncode(text)) {
            throw new InvalidLicense("The license text is not valid Unicode (a lone surrogate)");
        }
        String body = text.endsWith(END + "\n") ? text.substring(0, text.length() - 1) : text;
        List<String> lines = List.of(body.split("\n", -1));
        if (lines.size() < 3 || !lines.get(0).equals(BEGIN)) {
            throw new InvalidLicense("The license file does not start with the line " + BEGIN);
        }
        if (!lines.get(lines.size() - 1).equals(END)) {
            throw new InvalidLicense("The license file does not end with the line " + END + " (and at most one LF)");
        }
        if (!lines.get(lines.size() - 2).startsWith(SIGNATURE)) {
            throw new InvalidLicense("The line before " + END + " is not the signature line");
        }
        return lines;
    }

    private static Map<String, String> fields(List<String> lines) throws InvalidLicense {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            if (colon <= 0) {
                throw new InvalidLicense("Line " + (i + 2) + " of the license file is not 'name: value'");
            }
            String name = line.substring(0, colon);
            if (!FIELDS.contains(name)) {
                throw new InvalidLicense(
                        line.startsWith(SIGNATURE)
                                ? "The signature line is not the one before END"
                                : "Unknown field '" + name + "' in the license file");
            }
            if (fields.putIfAbsent(name, line.substring(colon + 2)) != null) {
                throw new InvalidLicense("Duplicated field '" + name + "' in the license file");
            }
        }
        for (String name : FIELDS) {
            if (!fields.containsKey(name)) {
                throw new InvalidLicense("Missing field '" + name + "' in the license file");
            }
        }
        return fields;
    }

    /** The signature's bytes, when its text is the canonical base64 of 64 bytes (so that no text is ignored). */
    private static byte[] signature(String line) throws InvalidLicense {
        String text = line.substring(SIGNATURE.length());
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            if (bytes.length == SIGNATURE_BYTES
                    && Base64.getEncoder().encodeToString(bytes).equals(text)) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // Not base64 at all: reported below like any other malformed signature.
        }
        throw new InvalidLicense("The signature is not the base64 of " + SIGNATURE_BYTES + " bytes");
    }

    private static OfflineLicense license(Map<String, String> f) throws InvalidLicense {
        try {
            return new OfflineLicense(
                    f.get("license"),
                    f.get("tenant"),
                    f.get("tenant-name"),
                    f.get("plan"),
                    f.get("plan-name"),
                    Instant.parse(f.get("expires-at")),
                    Instant.parse(f.get("issued-at")));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidLicense("The license file states an invalid license: " + e.getMessage());
        }
    }

    private static String oneLine(String name, String value) {
        boolean breaks = value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
        if (breaks || !UTF_8.newEncoder().canEncode(value)) {
            throw new IllegalArgumentException(
                    "The license's " + name + " must be one line of text, without line breaks or control characters");
        }
        return value;
    }

    private static byte[] sign(byte[] data, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private static boolean verifies(byte[] data, byte[] signature, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }
}
