package fr.guichet.licensing.api;

import fr.guichet.licensing.service.LicenseOffline;
import jakarta.ws.rs.core.Response;

/** An offline license file as a download. */
final class LicenseFileResponses {

    private LicenseFileResponses() {}

    static Response of(LicenseOffline.LicenseFile file) {
        return Response.ok(file.text(), "text/plain; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}
