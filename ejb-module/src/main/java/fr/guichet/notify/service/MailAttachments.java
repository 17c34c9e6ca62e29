package fr.guichet.notify.service;

import java.util.Optional;

/**
 * Port: the files a mail refers to, fetched when it is sent (an invoice's PDF). A feature that attaches files
 * implements it for the references it gives ({@code invoice:<id>:pdf}); the outbox keeps the references only.
 */
public interface MailAttachments {

    /** The file for {@code ref}, or empty when the reference is not this implementation's. */
    Optional<Attachment> resolve(String ref);

    record Attachment(String fileName, String contentType, byte[] bytes) {}
}
