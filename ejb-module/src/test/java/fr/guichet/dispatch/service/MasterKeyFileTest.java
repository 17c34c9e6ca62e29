package fr.guichet.dispatch.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.common.secret.SecretFile;
import fr.guichet.dispatch.domain.MasterKeyRing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyFileTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the first start generates a 32-byte key readable by its owner only; later starts read the same key")
    void generatesOnceThenReads() throws Exception {
        Path file = dir.resolve("data/master.key");
        String first = masterKey(file);
        assertThat(MasterKeyRing.decode(first, "test")).hasSize(32);
        assertThat(Files.exists(file)).isTrue();
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        assertThat(masterKey(file)).isEqualTo(first);
        assertThat(masterKey(dir.resolve("other.key"))).isNotEqualTo(first);
    }

    /** What MasterKeys does when GUICHET_MASTER_KEY is not set. */
    private static String masterKey(Path file) {
        return SecretFile.loadOrCreate(file, MasterKeyRing.KEY_BYTES, new SecureRandom())
                .secret();
    }
}
