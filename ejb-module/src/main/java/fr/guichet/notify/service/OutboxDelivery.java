package fr.guichet.notify.service;

import fr.guichet.notify.domain.OutboxMail;
import fr.guichet.notify.repository.OutboxRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The worker's steps on the outbox, each in a transaction of its own: find what is due, claim one mail (one server
 * wins), record that it was sent or why it failed. Sending itself runs outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    /** How long a worker holds a claimed mail; past it, another may take it (the first one died). */
    static final Duration CLAIM = Duration.ofMinutes(10);

    @Inject
    OutboxRepository outbox;

    @Inject
    @ConfigProperty(name = "guichet.mail.retry-base", defaultValue = "PT1M")
    Duration retryBase;

    @Inject
    Clock clock;

    public List<String> due(int limit) {
        return outbox.due(clock.instant(), limit);
    }

    /** The mail, claimed for this worker; empty when another holds it or it is no longer due. */
    public Optional<OutboxMail> claim(String id) {
        Instant now = clock.instant();
        return outbox.claim(id, now, now.plus(CLAIM)) ? outbox.find(id) : Optional.empty();
    }

    public void sent(String id) {
        outbox.find(id).ifPresent(m -> m.sent(clock.instant()));
    }

    public void failed(String id, String error) {
        outbox.find(id).ifPresent(m -> m.failed(error, retryBase, clock.instant()));
    }

    /** The SMTP server cannot be reached: every mail due says why it waits (their attempts are not counted). */
    public void allHeld(String reason) {
        outbox.holdDue(reason.length() > 1000 ? reason.substring(0, 1000) : reason, clock.instant());
    }

    /** The mails wait (no SMTP server): each says why, once. */
    public void held(List<String> ids, String reason) {
        for (String id : ids) {
            outbox.find(id).filter(m -> !reason.equals(m.lastError())).ifPresent(m -> m.held(reason));
        }
    }
}
