package fr.guichet.dispatch.domain;

/**
 * A stored provider key cannot be opened: its master key is not configured, the configured key is not the
 * one that sealed it, or the stored data was altered or moved to another row. Never carries key material.
 */
public class KeyCipherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyCipherException(String message) {
        super(message, null, false, false);
    }
}
