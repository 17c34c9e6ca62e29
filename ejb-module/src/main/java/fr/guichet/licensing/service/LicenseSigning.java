package fr.guichet.licensing.service;

import static java.nio.charset.StandardCharsets.US_ASCII;

import fr.guichet.licensing.domain.OfflineLicense;
import fr.guichet.licensing.domain.OfflineLicenseFile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's Ed25519 key pair, which signs offline licenses ({@link OfflineLicenseFile}) that on-premise
 * installations check with its public key. The pair is {@code guichet.licensing.signing-key}
 * ({@code GUICHET_LICENSING_SIGNING_KEY}) in the form {@code <base64 PKCS#8 private key>:<base64 X.509 public
 * key>}; at start-up a probe license is signed and verified to prove the two halves are a pair, and a malformed
 * value stops the start with a message naming the setting, never its value. Without the setting, a pair is
 * generated once, in the same form, into {@code guichet.licensing.signing-key-file} (owner-only), with a warning on
 * every start: that suits a single server only, and a license verifies only with the public key of the pair that
 * signed it. A fresh value comes from {@link #newSigningKey()}, or is the content of a generated file.
 */
@ApplicationScoped
public class LicenseSigning {

    private static final System.Logger LOG = System.getLogger(LicenseSigning.class.getName());
    private static final String SETTING = "GUICHET_LICENSING_SIGNING_KEY (guichet.licensing.signing-key)";
    private static final OfflineLicense PROBE = new OfflineLicense(
            "probe", "probe", "probe", "probe", "probe", Instant.EPOCH.plusSeconds(1), Instant.EPOCH);

    @Inject
    @ConfigProperty(name = "guichet.licensing.signing-key")
    Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "guichet.licensing.signing-key-file", defaultValue = "data/license-signing.key")
    String signingKeyFile;

    private PrivateKey privateKey;
    private PublicKey publicKey;

    /** For CDI. */
    protected LicenseSigning() {}

    /** A signer with given settings, loaded at once (tests). */
    LicenseSigning(Optional<String> signingKey, String signingKeyFile) {
        this.signingKey = signingKey;
        this.signingKeyFile = signingKeyFile;
        init();
    }

    @PostConstruct
    void init() {
        Optional<String> configured = signingKey.map(String::strip).filter(value -> !value.isEmpty());
        if (configured.isPresent()) {
            load(configured.get(), SETTING);
            LOG.log(Level.INFO, "Offline licenses are signed with key {0} from GUICHET_LICENSING_SIGNING_KEY", keyId());
        } else {
            loadFromFile(Path.of(signingKeyFile));
        }
    }

    /** Loads the pair when the application starts, so that a wrong setting stops the start. */
    void onStart(@Observes Startup event) {
        LOG.log(Level.DEBUG, "License signing key {0} ready", keyId());
    }

    /** The signed file text of a license. */
    public String sign(OfflineLicense license) {
        return OfflineLicenseFile.write(license, privateKey, publicKey);
    }

    /** The public key that verifies the licenses signed here: base64 of its X.509 encoding. */
    public String publicKeyBase64() {
        return OfflineLicenseFile.publicKeyToBase64(publicKey);
    }

    /** The id of the public key, as written in every license file signed here. */
    public String keyId() {
        return OfflineLicenseFile.keyId(publicKey);
    }

    /** A fresh pair in the form of GUICHET_LICENSING_SIGNING_KEY: {@code <base64 PKCS#8>:<base64 X.509>}. */
    public static String newSigningKey() {
        try {
            KeyPair pair =
                    KeyPairGenerator.getInstance(OfflineLicenseFile.ALGORITHM).generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return base64.encodeToString(pair.getPrivate().getEncoded()) + ":"
                    + base64.encodeToString(pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    private void load(String value, String source) {
        String[] parts = value.split(":", -1);
        if (parts.length != 2) {
            throw malformed(source, "it is not two base64 parts separated by ':'");
        }
        PrivateKey privatePart = privateKey(parts[0], source);
        PublicKey publicPart;
        try {
            publicPart = OfflineLicenseFile.publicKeyFromBase64(parts[1]);
        } catch (IllegalArgumentException e) {
            throw malformed(source, "the part after ':' is not the base64 X.509 encoding of an Ed25519 public key");
        }
        try {
            OfflineLicenseFile.verify(OfflineLicenseFile.write(PROBE, privatePart, publicPart), publicPart);
        } catch (IllegalArgumentException | OfflineLicenseFile.InvalidLicense e) {
            throw malformed(source, "its private and public keys are not a pair");
        }
        privateKey = privatePart;
        publicKey = publicPart;
    }

    /** The private key; no message or cause repeats any of its characters. */
    private static PrivateKey privateKey(String base64, String source) {
        try {
            var spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64));
            return KeyFactory.getInstance(OfflineLicenseFile.ALGORITHM).generatePrivate(spec);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw malformed(source, "the part before ':' is not the base64 PKCS#8 encoding of an Ed25519 private key");
        }
    }

    private static IllegalStateException malformed(String source, String reason) {
        return new IllegalStateException(source + " is malformed: " + reason + ". It must be '<base64 PKCS#8 "
                + "Ed25519 private key>:<base64 X.509 public key>' (see docs/offline-licenses.md)");
    }

    private void loadFromFile(Path file) {
        boolean created = !Files.exists(file) && create(file);
        try {
            String value = Files.readString(file, US_ASCII).strip();
            load(value, "The license signing key file " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the license signing key file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        LOG.log(
                Level.WARNING,
                "GUICHET_LICENSING_SIGNING_KEY is not set: offline licenses are signed with key {0} "
                        + "{1} {2}. Set GUICHET_LICENSING_SIGNING_KEY in production, to the same value on every server (the "
                        + "file holds a value of the right form): a license verifies only with the public key of the pair "
                        + "that signed it.",
                keyId(),
                created ? "generated into" : "read from",
                file.toAbsolutePath());
    }

    /** Writes a new pair beside the file and moves it into place, never over a file a concurrent start made. */
    private static boolean create(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = ownerOnlyTempFile(dir);
            try {
                Files.writeString(temp, newSigningKey() + "\n", US_ASCII);
                Files.move(temp, file);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot create the license signing key file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static Path ownerOnlyTempFile(Path dir) throws IOException {
        try {
            return Files.createTempFile(
                    dir,
                    ".license-signing",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the owner-only switches are the best the platform offers.
            Path temp = Files.createTempFile(dir, ".license-signing", ".tmp");
            var handle = temp.toFile();
            handle.setReadable(false, false);
            handle.setReadable(true, true);
            handle.setWritable(false, false);
            handle.setWritable(true, true);
            return temp;
        }
    }
}
