package fr.guichet.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One mail in the outbox, rendered when it was queued (what was sent is what was decided then) and sent by the
 * worker. Its attachments are references resolved at sending (an invoice's PDF), so the outbox holds no copies.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** The token of a one-time link, in a link's fragment. */
    private static final java.util.regex.Pattern ONE_TIME_TOKEN =
            java.util.regex.Pattern.compile("#token(?:=|&#61;)[A-Za-z0-9_-]+");

    /** Attempts before the mail is given up (the last about eight hours after the first, with the default backoff). */
    public static final int MAX_ATTEMPTS = 10;

    static final int MAX_ERROR = 500;

    @Id
    private String id;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private MailKind kind;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "language", nullable = false, updatable = false)
    private String language;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "html_body", nullable = false, updatable = false, length = 32000)
    private String html;

    @Column(name = "text_body", nullable = false, updatable = false, length = 32000)
    private String text;

    /** Comma-separated references ({@code invoice:<id>:pdf}) for {@code MailAttachments}. */
    @Column(name = "attachments", updatable = false, length = 1000)
    private String attachments;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    /** A worker holds the mail until then; another may take it after (a worker that died). */
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private int version;

    protected OutboxMail() {}

    public OutboxMail(
            MailKind kind,
            String tenantId,
            String recipient,
            String language,
            String subject,
            String html,
            String text,
            List<String> attachmentRefs,
            Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.tenantId = tenantId;
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.html = html;
        this.text = text;
        this.attachments = attachmentRefs.isEmpty() ? null : String.join(",", attachmentRefs);
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Whether the mail carries a one-time link, which is never sent twice (a new link is sent instead). */
    public boolean carriesOneTimeLink() {
        return kind == MailKind.WELCOME || kind == MailKind.PASSWORD_RESET || kind == MailKind.EXPORT_READY;
    }

    /** The text with the tokens of one-time links ({@code #token=…}) taken out. */
    public static String withoutSecrets(String body) {
        return body == null ? null : ONE_TIME_TOKEN.matcher(body).replaceAll("#token=…");
    }

    /** The same mail, to send again (an operator's resend of a mail already sent). */
    public OutboxMail copy(Instant now) {
        return new OutboxMail(kind, tenantId, recipient, language, subject, html, text, attachmentRefs(), now);
    }

    /**
     * Sent: the one-time tokens its links carried (welcome, password reset) are no longer kept, so that the outbox
     * never holds a link that still works.
     */
    public void sent(Instant now) {
        html = withoutSecrets(html);
        text = withoutSecrets(text);
        if (kind == MailKind.DELETION_DONE) {
            forget(); // the last mail to a client whose personal data is erased: once delivered, forgotten too
        }
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        claimedUntil = null;
        attempts++;
    }

    private void forget() {
        recipient = "erased@erased.invalid";
        html = "<p>[erased once sent]</p>";
        text = "[erased once sent]";
    }

    /** An attempt failed: try again after {@code backoff} doubled per attempt, or give up after the last. */
    public void failed(String error, Duration backoff, Instant now) {
        attempts++;
        lastError =
                error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        claimedUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            // Given up: its one-time link is useless, and a client's last mail after an erasure keeps nothing.
            html = withoutSecrets(html);
            text = withoutSecrets(text);
            if (kind == MailKind.DELETION_DONE) {
                forget();
            }
        } else {
            nextAttemptAt = now.plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 16)));
        }
    }

    /** Nothing can be sent yet (no SMTP server configured): the mail waits, saying why. */
    public void held(String reason) {
        lastError = reason;
        claimedUntil = null;
    }

    /** An operator sends a given-up mail again: a fresh round of attempts, now. */
    public void retry(Instant now) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedUntil = null;
    }

    public List<String> attachmentRefs() {
        return attachments == null ? List.of() : Arrays.asList(attachments.split(","));
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public MailKind kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String html() {
        return html;
    }

    public String text() {
        return text;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
