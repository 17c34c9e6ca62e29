package fr.guichet.notify.service;

import fr.guichet.notify.domain.MailKind;
import java.util.List;
import java.util.Map;

/**
 * A mail to queue: its kind, the tenant it concerns (null for none), the recipient, the language of its template
 * ({@code fr}, {@code en}), the values of the template's variables, and references to attach ({@link
 * MailAttachments}).
 */
public record NewMail(
        MailKind kind,
        String tenantId,
        String to,
        String language,
        Map<String, Object> model,
        List<String> attachments) {

    public NewMail {
        model = Map.copyOf(model);
        attachments = List.copyOf(attachments);
    }
}
