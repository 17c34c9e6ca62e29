package fr.guichet.privacy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of privacy's requests. */
public final class PrivacyRequests {

    private PrivacyRequests() {}

    /** The client's privacy settings. */
    @Schema(name = "PrivacySettingsRequest")
    public record Settings(
            @NotNull
            @Schema(
                    required = true,
                    enumeration = {"30", "90", "180", "365"},
                    example = "90")
            Integer retentionDays) {}

    /** Downloading an export through its mailed link: the token from the link's fragment. */
    @Schema(name = "ExportDownloadRequest")
    public record Download(
            @NotBlank @Size(max = 200) @Schema(required = true)
            String token) {}

    /** Deleting the account: the administrator's password, as a confirmation. */
    @Schema(name = "AccountDeletionRequest")
    public record Deletion(
            @NotBlank @Size(max = 200) @Schema(required = true, description = "The caller's own password")
            String password) {}
}
