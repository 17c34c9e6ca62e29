package fr.guichet.dispatch.service;

import fr.guichet.dispatch.domain.MasterKeyRing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The zero-setup master key: a random AES-256 key generated once into a file readable by its owner only, and
 * read back on every later start. For a single server trying Guichet out; production and several servers set
 * GUICHET_MASTER_KEY instead (a file on one server's disk is neither shared nor backed up with the database).
 */
final class MasterKeyFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private MasterKeyFile() {
    }

    /** The key in base64, read from {@code file}, or generated into it when it does not exist. */
    static String loadOrCreate(Path file, SecureRandom random) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            byte[] key = new byte[MasterKeyRing.KEY_BYTES];
            random.nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            try {
                Files.write(create(file), encoded.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                return read(file);
            }
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Creates the empty file with owner-only permissions from the start (no window where others may read). */
    private static Path create(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<Set<PosixFilePermission>> perms = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createFile(file, perms);
        }
        Path created = Files.createFile(file);
        created.toFile().setReadable(false, false);
        created.toFile().setReadable(true, true);
        created.toFile().setWritable(false, false);
        created.toFile().setWritable(true, true);
        return created;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
