package fr.guichet.dispatch.domain;

/**
 * A provider key as stored: the AES-GCM ciphertext (with its tag) and the 12-byte IV, both in base64, and the
 * id of the master key that sealed it.
 */
public record SealedKey(String ciphertext, String iv, String masterKeyId) {}
