package fr.guichet.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An operator's version of a mail's template in one language; without one, Guichet's own applies. Mustache:
 * {@code {{name}}} is escaped in HTML, the signature and layout are added around the body.
 */
@Entity
@Table(name = "mail_template")
public class MailTemplate {

    @EmbeddedId
    private MailTemplateKey key;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "html_body", nullable = false, length = 32000)
    private String html;

    @Column(name = "text_body", nullable = false, length = 32000)
    private String text;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected MailTemplate() {}

    public MailTemplate(MailTemplateKey key) {
        this.key = key;
    }

    public void change(MailTexts texts, String actor, Instant now) {
        this.subject = texts.subject();
        this.html = texts.html();
        this.text = texts.text();
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public MailTexts texts() {
        return new MailTexts(subject, html, text);
    }

    public MailTemplateKey key() {
        return key;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
