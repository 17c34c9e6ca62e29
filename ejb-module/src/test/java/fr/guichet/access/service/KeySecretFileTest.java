package fr.guichet.access.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.guichet.common.secret.SecretFile;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySecretFileTest {

    @TempDir
    Path dir;

    private final SecureRandom random = new SecureRandom();

    @Test
    @DisplayName("without a file, a 256-bit secret is generated once (with its folder) and read back on later starts")
    void generatesOnce() {
        Path file = dir.resolve("data/access-key.secret");

        SecretFile.Loaded first = KeySecretFile.loadOrCreate(file, random);
        SecretFile.Loaded second = KeySecretFile.loadOrCreate(file, random);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.secret()).isEqualTo(first.secret()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(first.toString()).doesNotContain(first.secret());
        assertThat(KeySecretFile.loadOrCreate(dir.resolve("other.secret"), random)
                        .secret())
                .isNotEqualTo(first.secret());
    }

    @Test
    @DisplayName("the generated file is readable and writable by its owner only, and no temporary file is left")
    void ownerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("access-key.secret");

        KeySecretFile.loadOrCreate(file, random);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("a file that holds too short a secret is refused, never silently replaced")
    void tooShort() throws IOException {
        Path file = dir.resolve("access-key.secret");
        Files.writeString(file, "short\n");

        assertThatThrownBy(() -> KeySecretFile.loadOrCreate(file, random))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fewer than 32");
        assertThat(Files.readString(file)).isEqualTo("short\n");
    }
}
