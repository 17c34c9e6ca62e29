package fr.guichet.notify.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.domain.MailStatus;
import fr.guichet.notify.domain.OutboxMail;
import fr.guichet.notify.repository.OutboxRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

/** Operators see the mails sent and not sent, with their last error, and send one again. */
@Stateless
public class OutboxAdmin {

    @Inject
    OutboxRepository outbox;

    @Inject
    Event<MailQueued> queued;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Page<MailView> list(String status, String kind, String tenantId, PageRequest page) {
        String tenant = tenantId == null || tenantId.isBlank() ? null : tenantId.strip();
        MailKind wanted = kind == null || kind.isBlank()
                ? null
                : MailKind.parse(kind)
                        .orElseThrow(() -> DomainException.invalid(
                                "kind",
                                "must be one of "
                                        + Arrays.stream(MailKind.values())
                                                .map(MailKind::wireName)
                                                .toList()));
        return outbox.search(parse(status), wanted, tenant, page).map(MailView::summary);
    }

    public MailView get(String id) {
        return MailView.full(require(id));
    }

    /**
     * Sends the mail again: a given-up or waiting one gets a fresh round of attempts now; a sent one is copied and
     * the copy sent (the sent one stays as it was). Returns the mail that will go out.
     */
    public MailView resend(String id, String actor) {
        OutboxMail mail = require(id);
        // Sent or given up, these mails were emptied of what made them: they are not sent again.
        if (mail.status() != MailStatus.PENDING && mail.kind() == MailKind.DELETION_DONE) {
            throw new DomainException(
                    ErrorCode.MAIL_NOT_RESENDABLE,
                    "This mail told a client its personal data was erased; its address was erased once it was sent");
        }
        if (mail.status() != MailStatus.PENDING && mail.carriesOneTimeLink()) {
            throw new DomainException(
                    ErrorCode.MAIL_NOT_RESENDABLE,
                    "This mail carried a one-time link, which is not kept once sent: send the user a new welcome link"
                            + " (the tenant's users), or let them ask for a reset from the sign-in page");
        }
        OutboxMail next = mail;
        if (mail.status() == MailStatus.SENT) {
            next = mail.copy(clock.instant());
            outbox.add(next);
        } else {
            mail.retry(clock.instant());
        }
        queued.fire(new MailQueued(next.id()));
        audit.write(actor, mail.tenantId(), "notify.mail.resent", mail.kind().wireName(), mail.recipient());
        return MailView.full(next);
    }

    private OutboxMail require(String id) {
        return outbox.find(id == null ? "" : id.strip())
                .orElseThrow(() -> new DomainException(ErrorCode.MAIL_NOT_FOUND, "No mail with id " + id));
    }

    private static MailStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MailStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(
                    "status",
                    "must be one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(MailStatus.values())
                                            .map(MailStatus::wireName)
                                            .toList()));
        }
    }
}
