package fr.guichet.notify.service;

import fr.guichet.common.domain.Validation;
import fr.guichet.notify.domain.MailTexts;
import fr.guichet.notify.domain.OutboxMail;
import fr.guichet.notify.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Queues a mail in the caller's transaction: it is rendered now from the current template and written to the
 * outbox, so it is sent if and only if what caused it commits. A mail without a usable recipient is not queued
 * (logged): it never fails the business change.
 */
@ApplicationScoped
public class Outbox {

    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

    @Inject
    OutboxRepository outbox;

    @Inject
    MailTemplates templates;

    @Inject
    MailLayout layout;

    @Inject
    Event<MailQueued> queued;

    @Inject
    MailChoices choices;

    @Inject
    Clock clock;

    /**
     * Deletes every mail of the tenant, sent or waiting (their recipients and texts are personal data); in the
     * caller's transaction, which may queue a last one after it (the notice that the data is gone).
     */
    public int forget(String tenantId) {
        return outbox.deleteOfTenant(tenantId);
    }

    /** The id of the queued mail, or empty when it has no usable recipient or the tenant turned this kind off. */
    public Optional<String> queue(NewMail mail) {
        Validation check = new Validation().email(mail.to(), "to");
        String to = Validation.normalizeEmail(mail.to());
        if (!check.isValid()) {
            LOG.log(
                    Level.WARNING,
                    "Mail {0} of tenant {1} not queued: no valid recipient",
                    mail.kind(),
                    mail.tenantId());
            return Optional.empty();
        }
        if (!choices.wants(mail.tenantId(), mail.kind())) {
            LOG.log(Level.DEBUG, "Mail {0} of tenant {1} not queued: turned off", mail.kind(), mail.tenantId());
            return Optional.empty();
        }
        String language = "en".equals(mail.language()) ? "en" : "fr";
        Map<String, Object> model = new HashMap<>(mail.model());
        model.putIfAbsent("operatorName", layout.signature().name());
        MailTexts body = MailRenderer.render(templates.current(mail.kind(), language), model);
        MailTexts full = layout.wrap(body, language);
        OutboxMail queuedMail = new OutboxMail(
                mail.kind(),
                mail.tenantId(),
                to,
                language,
                full.subject(),
                full.html(),
                full.text(),
                mail.attachments(),
                clock.instant());
        outbox.add(queuedMail);
        queued.fire(new MailQueued(queuedMail.id()));
        return Optional.of(queuedMail.id());
    }
}
