package fr.guichet.access.service;

import fr.guichet.common.secret.SecretFile;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The fallback server secret of the keyed hash, for a server started without {@code GUICHET_ACCESS_KEY_SECRET}:
 * a {@link SecretFile} of 256 random bits. Losing the file, or starting another server without it, makes every
 * issued key unknown, so a file holding too short a secret is refused rather than replaced.
 */
final class KeySecretFile {

    static final int MIN_SECRET_LENGTH = 32;
    private static final int SECRET_BYTES = 32;

    private KeySecretFile() {}

    static SecretFile.Loaded loadOrCreate(Path path, SecureRandom random) {
        SecretFile.Loaded loaded = SecretFile.loadOrCreate(path, SECRET_BYTES, random);
        if (loaded.secret().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("The API key secret file " + path.toAbsolutePath()
                    + " holds fewer than " + MIN_SECRET_LENGTH + " characters; restore it from a backup "
                    + "(deleting it makes every issued API key unknown)");
        }
        return loaded;
    }
}
