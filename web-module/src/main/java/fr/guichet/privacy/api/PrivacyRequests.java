package fr.guichet.privacy.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of privacy's requests. */
public final class PrivacyRequests {

    private PrivacyRequests() {}

    /** The client's settings: what is absent stays as it is. */
    @Schema(name = "AccountSettingsRequest")
    public record Settings(
            @Schema(
                    enumeration = {"30", "90", "180", "365"},
                    description = "Days the personal data (usage details) is kept",
                    example = "90")
            Integer retentionDays,

            @Schema(
                    enumeration = {"fr", "en"},
                    description = "Language of the mails and documents",
                    example = "fr")
            @Size(max = 5)
            String language,

            @Valid Notifications notifications) {}

    /** The optional mails: each true (sent) or false (not sent); absent stays as it is. */
    @Schema(name = "NotificationSettings")
    public record Notifications(
            @Schema(description = "Quota at 80 % and 100 %") Boolean quotaAlerts,
            @Schema(description = "A licence about to end") Boolean licenseReminders,
            @Schema(description = "A payment received") Boolean paymentReceipts) {}

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
