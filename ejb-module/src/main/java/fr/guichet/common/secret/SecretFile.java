package fr.guichet.common.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret generated once into a file readable by its owner only, then read back on every start: the
 * zero-setup stand-in for a secret that production sets in the environment (the master key of provider keys,
 * the server secret of API key hashes). The file is written beside its target and moved into place, so a
 * reader never sees it half-written, and when two starts race the first file stays.
 */
public final class SecretFile {

    private SecretFile() {}

    /** What was found or made at the path: the secret in base64, and whether this call generated it. */
    public record Loaded(String secret, boolean created) {
        @Override
        public String toString() {
            return "Loaded[created=" + created + "]";
        }
    }

    /** The secret in {@code path}, or {@code bytes} random bytes generated into it when it does not exist. */
    public static Loaded loadOrCreate(Path path, int bytes, SecureRandom random) {
        try {
            boolean created = !Files.exists(path) && create(path, bytes, random);
            return new Loaded(Files.readString(path, StandardCharsets.US_ASCII).strip(), created);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read or create the secret file " + path.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static boolean create(Path path, int bytes, SecureRandom random) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = ownerOnlyTempFile(dir);
        try {
            byte[] secret = new byte[bytes];
            random.nextBytes(secret);
            Files.writeString(temp, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path ownerOnlyTempFile(Path dir) throws IOException {
        try {
            return Files.createTempFile(
                    dir,
                    ".secret",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the owner-only switches are the best the platform offers.
            Path temp = Files.createTempFile(dir, ".secret", ".tmp");
            var file = temp.toFile();
            file.setReadable(false, false);
            file.setReadable(true, true);
            file.setWritable(false, false);
            file.setWritable(true, true);
            return temp;
        }
    }
}
