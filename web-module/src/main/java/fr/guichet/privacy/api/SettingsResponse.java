package fr.guichet.privacy.api;

import fr.guichet.privacy.service.AccountSettings;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client's settings as the portal reads them. */
@Schema(name = "AccountSettings")
public record SettingsResponse(
        @Schema(description = "Days the personal data (usage details, mails) is kept", example = "90")
        int retentionDays,

        @Schema(description = "The retentions it may choose", example = "[30, 90, 180, 365]")
        List<Integer> allowedRetentionDays,

        @Schema(
                enumeration = {"fr", "en"},
                description = "Language of the mails and documents")
        String language,

        Notifications notifications) {

    /** The optional mails: true, sent; false, not sent. */
    @Schema(name = "AccountNotifications")
    public record Notifications(boolean quotaAlerts, boolean licenseReminders, boolean paymentReceipts) {}

    static SettingsResponse of(AccountSettings.View v) {
        return new SettingsResponse(
                v.retentionDays(),
                v.allowedRetentionDays(),
                v.language(),
                new Notifications(
                        v.notifications().quotaAlerts(),
                        v.notifications().licenseReminders(),
                        v.notifications().paymentReceipts()));
    }
}
