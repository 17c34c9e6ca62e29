package fr.guichet.notify.view;

import static fr.guichet.common.view.ConsoleText.text;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.view.ConsoleActor;
import fr.guichet.common.view.DomainMessages;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.domain.MailTexts;
import fr.guichet.notify.service.MailTemplates;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /mail/templates.xhtml}: one mail's template in one language — its subject, HTML and text in
 * Mustache — previewed with sample values, saved (refused in words when it does not render) or reset to Guichet's
 * own. UI state only.
 */
@Named
@ViewScoped
public class MailTemplateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailTemplates templates;

    @Inject
    ConsoleActor operator;

    private String kind = MailKind.WELCOME.wireName();
    private String language = "fr";
    private String subject;
    private String html;
    private String text;
    private boolean customized;
    private MailTexts preview;

    /** Loads the chosen kind and language (on open, and when either changes). */
    public void load() {
        try {
            MailTemplates.TemplateView view = templates.get(kind, language);
            subject = view.texts().subject();
            html = view.texts().html();
            text = view.texts().text();
            customized = view.customized();
            preview = null;
        } catch (DomainException e) {
            DomainMessages.addAsNotice(FacesContext.getCurrentInstance(), e);
        }
    }

    public void preview() {
        try {
            preview = templates.preview(kind, language, new MailTexts(subject, html, text));
        } catch (DomainException e) {
            preview = null;
            DomainMessages.addForForm(FacesContext.getCurrentInstance(), e);
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            customized = templates
                    .change(kind, language, new MailTexts(subject, html, text), operator.getActor())
                    .customized();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO, text("mail.templateSaved"), text("mail.templateSaved.detail")));
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
        }
    }

    /** Back to Guichet's own template, after the operator confirmed. */
    public void reset() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            templates.reset(kind, language, operator.getActor());
            load();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO, text("mail.templateReset"), text("mail.templateReset.detail")));
        } catch (DomainException e) {
            DomainMessages.addForForm(faces, e);
        }
    }

    public List<String> getKinds() {
        return Arrays.stream(MailKind.values()).map(MailKind::wireName).toList();
    }

    public List<String> getLanguages() {
        return MailTemplates.LANGUAGES;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isCustomized() {
        return customized;
    }

    public MailTexts getPreview() {
        return preview;
    }
}
