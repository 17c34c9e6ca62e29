package fr.guichet.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Which optional mails a tenant wants. A tenant without a row gets them all; the mails that are not
 * {@link MailKind#optional() optional} are always sent.
 */
@Entity
@Table(name = "mail_preferences")
public class MailPreferences {

    public static final String QUOTA_ALERTS = "quotaAlerts";
    public static final String LICENSE_REMINDERS = "licenseReminders";
    public static final String PAYMENT_RECEIPTS = "paymentReceipts";

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "quota_alerts", nullable = false)
    private boolean quotaAlerts;

    @Column(name = "license_reminders", nullable = false)
    private boolean licenseReminders;

    @Column(name = "payment_receipts", nullable = false)
    private boolean paymentReceipts;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected MailPreferences() {}

    /** A tenant's first choice: every mail, until changed. */
    public MailPreferences(String tenantId, Instant now) {
        this.tenantId = tenantId;
        this.quotaAlerts = true;
        this.licenseReminders = true;
        this.paymentReceipts = true;
        this.updatedAt = now;
    }

    /** Changes the choices given; a null leaves that one as it is. */
    public void change(Boolean quotaAlerts, Boolean licenseReminders, Boolean paymentReceipts, Instant now) {
        this.quotaAlerts = quotaAlerts == null ? this.quotaAlerts : quotaAlerts;
        this.licenseReminders = licenseReminders == null ? this.licenseReminders : licenseReminders;
        this.paymentReceipts = paymentReceipts == null ? this.paymentReceipts : paymentReceipts;
        this.updatedAt = now;
    }

    /** Whether the tenant wants this kind of mail. */
    public boolean wants(MailKind kind) {
        String preference = kind.preference();
        if (preference == null) {
            return true;
        }
        return switch (preference) {
            case QUOTA_ALERTS -> quotaAlerts;
            case LICENSE_REMINDERS -> licenseReminders;
            case PAYMENT_RECEIPTS -> paymentReceipts;
            default -> throw new IllegalStateException("No choice named " + preference);
        };
    }

    public boolean quotaAlerts() {
        return quotaAlerts;
    }

    public boolean licenseReminders() {
        return licenseReminders;
    }

    public boolean paymentReceipts() {
        return paymentReceipts;
    }
}
