package fr.guichet.notify.service;

import fr.guichet.notify.domain.MailTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts a rendered body into the mail around it: the HTML document and the plain text, each ending with the
 * operator's signature (name, address, support contact), whatever the template says.
 */
@ApplicationScoped
public class MailLayout {

    private static final String HTML = MailTemplates.resource("templates/layout.html");
    private static final String TEXT = MailTemplates.resource("templates/layout.txt");

    @Inject
    Instance<MailSignature> signatures;

    @Inject
    @ConfigProperty(name = "guichet.mail.from", defaultValue = "Guichet <no-reply@localhost>")
    String from;

    public MailTexts wrap(MailTexts body, String language) {
        MailSignature.Signature signature = signature();
        Map<String, Object> model = new HashMap<>();
        model.put("subject", body.subject());
        model.put("language", language);
        model.put("signatureName", signature.name());
        model.put("signatureAddress", signature.addressLines());
        model.put("supportEmail", signature.supportEmail());
        model.put("supportLabel", "en".equals(language) ? "Support:" : "Assistance :");
        model.put("body", body.html());
        String html = MailRenderer.html(HTML, "layout.html", model);
        model.put("body", body.text().strip());
        String text = MailRenderer.plain(TEXT, "layout.txt", model);
        return new MailTexts(body.subject(), html, text);
    }

    /** The operator's signature, or the sender's name alone when no feature gives one. */
    MailSignature.Signature signature() {
        if (signatures.isResolvable()) {
            MailSignature.Signature given = signatures.get().current();
            if (given != null && given.name() != null && !given.name().isBlank()) {
                return given;
            }
        }
        String name = from.contains("<") ? from.substring(0, from.indexOf('<')).strip() : from;
        return new MailSignature.Signature(name.isBlank() ? "Guichet" : name, List.of(), null);
    }
}
