package fr.guichet.privacy.api;

import fr.guichet.common.api.RequestValidator;
import fr.guichet.privacy.service.DataExports;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A data export downloaded through the link mailed to its requester ({@code /portal/{slug}/export?id=…#token=…}): the
 * token, which only the mail carried, is the proof; no session needed. A wrong or expired link: 404.
 */
@Path("exports")
@Tag(name = "Portal: privacy")
public class ExportDownloadResource {

    @Inject
    DataExports exports;

    @Inject
    RequestValidator validator;

    @POST
    @Path("{id}/download")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/zip", "application/problem+json"})
    @Operation(
            summary = "Download an export with its mailed link's token",
            description = "The ZIP, until the link expires (GUICHET_PRIVACY_EXPORT_VALID_FOR, 7 days).")
    public Response download(@PathParam("id") String id, PrivacyRequests.Download body) {
        validator.valid(body);
        return zip(exports.downloadWithToken(id, body.token()));
    }

    static Response zip(byte[] content) {
        return Response.ok(content, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"guichet-export.zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
