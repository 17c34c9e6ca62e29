package fr.guichet.notify.service;

import fr.guichet.notify.domain.OutboxMail;
import java.time.Instant;
import java.util.List;

/**
 * A mail of the outbox as operators see it: to whom, what, where it stands and, when not sent, why. The bodies
 * are given for one mail, not in lists.
 */
public record MailView(
        String id,
        String tenantId,
        String kind,
        String recipient,
        String language,
        String subject,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        List<String> attachments,
        Instant createdAt,
        Instant sentAt,
        String html,
        String text) {

    static MailView summary(OutboxMail m) {
        return of(m, false);
    }

    static MailView full(OutboxMail m) {
        return of(m, true);
    }

    private static MailView of(OutboxMail m, boolean bodies) {
        return new MailView(
                m.id(),
                m.tenantId(),
                m.kind().wireName(),
                m.recipient(),
                m.language(),
                m.subject(),
                m.status().wireName(),
                m.attempts(),
                m.nextAttemptAt(),
                m.lastError(),
                m.attachmentRefs(),
                m.createdAt(),
                m.sentAt(),
                bodies ? OutboxMail.withoutSecrets(m.html()) : null,
                bodies ? OutboxMail.withoutSecrets(m.text()) : null);
    }
}
