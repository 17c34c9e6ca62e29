package fr.guichet.notify.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Validation;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.domain.MailTemplate;
import fr.guichet.notify.domain.MailTemplateKey;
import fr.guichet.notify.domain.MailTexts;
import fr.guichet.notify.repository.MailTemplateRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The template of each mail in each language: the operator's version when there is one, Guichet's own otherwise
 * (files {@code fr/guichet/notify/templates/<kind>.<fr|en>.mustache}). Operators change, preview and reset them; a
 * version that does not render is refused.
 */
@Stateless
public class MailTemplates {

    public static final List<String> LANGUAGES = List.of("fr", "en");

    static final int MAX_SUBJECT = 400;
    static final int MAX_BODY = 20_000;

    @Inject
    MailTemplateRepository templates;

    @Inject
    MailLayout layout;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What a mail of this kind and language is rendered from now. */
    public MailTexts current(MailKind kind, String language) {
        return templates
                .find(new MailTemplateKey(kind, language(language)))
                .map(MailTemplate::texts)
                .orElseGet(() -> defaults(kind, language(language)));
    }

    /** Every template: kind, language, whether the operator changed it, and its texts. */
    public List<TemplateView> list() {
        List<TemplateView> all = new ArrayList<>();
        for (MailKind kind : MailKind.values()) {
            for (String language : LANGUAGES) {
                all.add(view(kind, language));
            }
        }
        return all;
    }

    public TemplateView get(String kind, String language) {
        return view(kind(kind), language(language));
    }

    /** Replaces the template with the operator's version, once it renders. */
    public TemplateView change(String kind, String language, MailTexts texts, String actor) {
        MailKind k = kind(kind);
        String lang = language(language);
        MailTexts clean = validated(texts);
        MailRenderer.render(clean, SampleModels.of(k, lang));
        MailTemplateKey key = new MailTemplateKey(k, lang);
        MailTemplate template = templates.find(key).orElseGet(() -> {
            MailTemplate created = new MailTemplate(key);
            templates.add(created);
            return created;
        });
        template.change(clean, actor, clock.instant());
        audit.write(actor, null, "notify.template.changed", k.wireName() + "." + lang, null);
        return view(k, lang);
    }

    /** Back to Guichet's own template. */
    public TemplateView reset(String kind, String language, String actor) {
        MailKind k = kind(kind);
        String lang = language(language);
        templates.find(new MailTemplateKey(k, lang)).ifPresent(t -> {
            templates.remove(t);
            audit.write(actor, null, "notify.template.reset", k.wireName() + "." + lang, null);
        });
        return new TemplateView(k.wireName(), lang, false, defaults(k, lang), null, null);
    }

    /** The mail as a client would receive it, from {@code texts} (or the current template) and sample values. */
    public MailTexts preview(String kind, String language, MailTexts texts) {
        MailKind k = kind(kind);
        String lang = language(language);
        MailTexts template = texts == null ? current(k, lang) : validated(texts);
        return layout.wrap(MailRenderer.render(template, SampleModels.of(k, lang)), lang);
    }

    private TemplateView view(MailKind kind, String language) {
        Optional<MailTemplate> custom = templates.find(new MailTemplateKey(kind, language));
        return custom.map(
                        t -> new TemplateView(kind.wireName(), language, true, t.texts(), t.updatedBy(), t.updatedAt()))
                .orElseGet(
                        () -> new TemplateView(kind.wireName(), language, false, defaults(kind, language), null, null));
    }

    private static MailTexts validated(MailTexts texts) {
        Validation v = new Validation();
        v.require(
                texts != null && texts.subject() != null && !texts.subject().isBlank(), "subject", "must not be blank");
        v.require(texts != null && texts.html() != null && !texts.html().isBlank(), "html", "must not be blank");
        v.require(texts != null && texts.text() != null && !texts.text().isBlank(), "text", "must not be blank");
        v.throwIfInvalid();
        v.require(texts.subject().strip().length() <= MAX_SUBJECT, "subject", "at most " + MAX_SUBJECT + " characters");
        v.require(!texts.subject().contains("\n"), "subject", "must be one line");
        v.require(texts.html().length() <= MAX_BODY, "html", "at most " + MAX_BODY + " characters");
        v.require(texts.text().length() <= MAX_BODY, "text", "at most " + MAX_BODY + " characters");
        v.throwIfInvalid();
        return new MailTexts(texts.subject().strip(), texts.html(), texts.text());
    }

    static MailKind kind(String kind) {
        return MailKind.parse(kind)
                .orElseThrow(() -> DomainException.invalid(
                        "kind",
                        "must be one of "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(MailKind.values())
                                                .map(MailKind::wireName)
                                                .toList())));
    }

    static String language(String language) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw DomainException.invalid("language", "must be fr or en");
        }
        return lang;
    }

    /** Guichet's own template of {@code kind} in {@code language}. */
    public static MailTexts defaults(MailKind kind, String language) {
        String name = kind.wireName() + "." + language + ".mustache";
        String file = resource("templates/" + name);
        if (!file.startsWith("subject:")) {
            throw new IllegalStateException(name + " must start with 'subject:'");
        }
        int html = file.indexOf("\n--- html\n");
        int text = file.indexOf("\n--- text\n");
        if (html < 0 || text < html) {
            throw new IllegalStateException(name + " needs a '--- html' then a '--- text' section");
        }
        return new MailTexts(
                file.substring("subject:".length(), html).strip(),
                file.substring(html + "\n--- html\n".length(), text).strip() + "\n",
                file.substring(text + "\n--- text\n".length()).strip() + "\n");
    }

    static String resource(String path) {
        try (InputStream in = MailTemplates.class.getResourceAsStream("/fr/guichet/notify/" + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing mail resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template as operators see it. */
    public record TemplateView(
            String kind,
            String language,
            boolean customized,
            MailTexts texts,
            String updatedBy,
            java.time.Instant updatedAt) {}
}
