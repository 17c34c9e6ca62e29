package fr.guichet.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** A template's kind and language ({@code fr}, {@code en}). */
@Embeddable
public class MailTemplateKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MailKind kind;

    @Column(name = "language", nullable = false)
    private String language;

    protected MailTemplateKey() {}

    public MailTemplateKey(MailKind kind, String language) {
        this.kind = kind;
        this.language = language;
    }

    public MailKind kind() {
        return kind;
    }

    public String language() {
        return language;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailTemplateKey k && k.kind == kind && Objects.equals(k.language, language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, language);
    }
}
