package fr.guichet.notify.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.Actor;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.notify.domain.MailTexts;
import fr.guichet.notify.service.MailTemplates;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mail templates, per kind and language: read, change, preview, reset to Guichet's own. */
@Path("admin/mail/templates")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: mail")
@SecurityRequirement(name = "operatorBasic")
public class AdminMailTemplateResource {

    @Inject
    MailTemplates templates;

    @Inject
    Actor caller;

    @Inject
    RequestValidator validator;

    /** A template's texts as sent: Mustache, {@code {{variable}}}. */
    public record Texts(
            @jakarta.validation.constraints.NotNull String subject,
            @jakarta.validation.constraints.NotNull String html,
            @jakarta.validation.constraints.NotNull String text) {

        MailTexts texts() {
            return new MailTexts(subject, html, text);
        }
    }

    @GET
    @Operation(summary = "Every template", description = "Each kind in French and English; customized or Guichet's.")
    public List<MailTemplates.TemplateView> list() {
        return templates.list();
    }

    @GET
    @Path("{kind}/{language}")
    @Operation(summary = "One template")
    public MailTemplates.TemplateView get(@PathParam("kind") String kind, @PathParam("language") String language) {
        return templates.get(kind, language);
    }

    @PUT
    @Path("{kind}/{language}")
    @Operation(summary = "Change a template", description = "Refused in words when it does not render.")
    public MailTemplates.TemplateView change(
            @PathParam("kind") String kind, @PathParam("language") String language, Texts body) {
        validator.valid(body);
        return templates.change(kind, language, body.texts(), caller.actorName());
    }

    @DELETE
    @Path("{kind}/{language}")
    @Operation(summary = "Back to Guichet's template")
    public MailTemplates.TemplateView reset(@PathParam("kind") String kind, @PathParam("language") String language) {
        return templates.reset(kind, language, caller.actorName());
    }

    @POST
    @Path("{kind}/{language}/preview")
    @Operation(
            summary = "Preview a template",
            description = "The mail as sent (layout and signature included) with sample values; the body's texts, "
                    + "or the current template when the body is empty.")
    public MailTexts preview(@PathParam("kind") String kind, @PathParam("language") String language, Texts body) {
        return templates.preview(kind, language, body == null ? null : body.texts());
    }
}
