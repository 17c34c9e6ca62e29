package fr.guichet.licensing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.guichet.licensing.domain.OfflineLicense;
import fr.guichet.licensing.domain.OfflineLicenseFile;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenseSigningTest {

    private static final String KEY_FORM = "^[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$";

    @TempDir
    Path dir;

    private final OfflineLicense license = new OfflineLicense(
            "lic-0001",
            "tenant-42",
            "Acme",
            "pro",
            "Pro",
            Instant.parse("2027-03-01T10:00:00Z"),
            Instant.parse("2026-03-01T10:00:00Z"));

    private LicenseSigning configured(String value) {
        return new LicenseSigning(Optional.of(value), dir.resolve("unused.key").toString());
    }

    @Test
    @DisplayName("a configured pair signs, and its public key verifies what it signed; no file is made")
    void configuredPair() throws OfflineLicenseFile.InvalidLicense {
        String value = LicenseSigning.newSigningKey();
        LicenseSigning signing = configured(value);

        String publicKey = signing.publicKeyBase64();
        assertThat(publicKey).isEqualTo(value.substring(value.indexOf(':') + 1));
        var trusted = OfflineLicenseFile.publicKeyFromBase64(publicKey);
        assertThat(signing.keyId()).isEqualTo(OfflineLicenseFile.keyId(trusted));
        String file = signing.sign(license);
        assertThat(file).contains("key-id: " + signing.keyId() + "\n");
        assertThat(OfflineLicenseFile.verify(file, trusted)).isEqualTo(license);
        assertThat(dir.resolve("unused.key")).doesNotExist();
    }

    @Test
    @DisplayName("a fresh signing key has the form private:public, and two are never equal")
    void newSigningKey() {
        String first = LicenseSigning.newSigningKey();

        assertThat(first).matches(KEY_FORM).isNotEqualTo(LicenseSigning.newSigningKey());
        assertThat(configured(" " + first + "\n").publicKeyBase64()).isEqualTo(first.split(":")[1]);
    }

    @Test
    @DisplayName("a private key with another key's public half is refused at start, without repeating the value")
    void mismatchedPair() {
        String privatePart = LicenseSigning.newSigningKey().split(":")[0];
        String publicPart = LicenseSigning.newSigningKey().split(":")[1];

        assertThatThrownBy(() -> configured(privatePart + ":" + publicPart))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GUICHET_LICENSING_SIGNING_KEY")
                .hasMessageContaining("not a pair")
                .hasMessageNotContaining(privatePart)
                .hasNoCause();
    }

    @Test
    @DisplayName("a malformed value stops the start with a message naming the setting, never the value")
    void malformed() {
        String[] parts = LicenseSigning.newSigningKey().split(":");
        for (String value : new String[] {
            parts[0],
            parts[0] + ":" + parts[1] + ":x",
            "secret!:" + parts[1],
            parts[1] + ":" + parts[1],
            parts[0] + ":" + parts[0]
        }) {
            assertThatThrownBy(() -> configured(value))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GUICHET_LICENSING_SIGNING_KEY (guichet.licensing.signing-key) is malformed")
                    .hasMessageNotContaining(parts[0])
                    .hasMessageNotContaining("secret!")
                    .hasNoCause();
        }
    }

    @Test
    @DisplayName("without a setting, a pair is generated once into an owner-only file and reused on the next start")
    void generatedFile() throws IOException {
        Path file = dir.resolve("data/license-signing.key");

        LicenseSigning first = new LicenseSigning(Optional.empty(), file.toString());
        LicenseSigning second = new LicenseSigning(Optional.of("  "), file.toString());

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
        String content = Files.readString(file).strip();
        assertThat(content).matches(KEY_FORM);
        assertThat(configured(content).keyId()).isEqualTo(first.keyId());
    }

    @Test
    @DisplayName("the generated file is readable and writable by its owner only, and no temporary file is left")
    void ownerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("data/license-signing.key");

        new LicenseSigning(Optional.empty(), file.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("a generated file whose content is damaged is refused, naming the file, and never replaced")
    void damagedFile() throws IOException {
        Path file = dir.resolve("license-signing.key");
        Files.writeString(file, "damaged\n");

        assertThatThrownBy(() -> new LicenseSigning(Optional.empty(), file.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toAbsolutePath().toString());
        assertThat(Files.readString(file)).isEqualTo("damaged\n");
    }
}
