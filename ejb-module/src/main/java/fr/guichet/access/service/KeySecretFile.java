package fr.guichet.access.service;

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
 * The fallback server secret of the keyed hash, for a server started without {@code GUICHET_ACCESS_KEY_SECRET}:
 * generated once (256 random bits, base64) into a file readable by its owner only, then read back on every
 * start. Losing the file, or starting another server without it, makes every issued key unknown.
 */
final class KeySecretFile {

    static final int MIN_SECRET_LENGTH = 32;

    private KeySecretFile() {
    }

    /** What was found or made at the path. */
    record Loaded(String secret, boolean created) {
        @Override
        public String toString() {
            return "Loaded[created=" + created + "]";
        }
    }

    static Loaded loadOrCreate(Path path, SecureRandom random) {
        try {
            boolean created = false;
            if (!Files.exists(path)) {
                created = create(path, random);
            }
            String secret = Files.readString(path, StandardCharsets.US_ASCII).strip();
            if (secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("The API key secret file " + path.toAbsolutePath()
                        + " holds fewer than " + MIN_SECRET_LENGTH + " characters; restore it from a backup "
                        + "(deleting it makes every issued API key unknown)");
            }
            return new Loaded(secret, created);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the API key secret file " + path.toAbsolutePath(), e);
        }
    }

    /** Writes a fresh secret beside the target, owner-only, then moves it into place unless another won. */
    private static boolean create(Path path, SecureRandom random) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = ownerOnlyTempFile(dir);
        try {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            Files.writeString(temp, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
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
            return Files.createTempFile(dir, ".access-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the owner-only switches are the best the platform offers, and
            // the server's directory is expected to be private there.
            Path temp = Files.createTempFile(dir, ".access-key", ".tmp");
            var file = temp.toFile();
            file.setReadable(false, false);
            file.setReadable(true, true);
            file.setWritable(false, false);
            file.setWritable(true, true);
            return temp;
        }
    }
}
