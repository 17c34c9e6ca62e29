package fr.guichet.billing.domain;

import fr.guichet.notify.domain.MailKind;
import java.util.Locale;

/**
 * What a step of dunning does: the mail it sends, whether it blocks {@code /v1} (the tenant is suspended: 403
 * {@code account_suspended}, the portal stays open so the client can pay), and whether the client can no longer
 * change plans from the portal (operators still can).
 */
public enum DunningStep {
    /** "Payment problem": the first notice, at once. */
    NOTICE(MailKind.PAYMENT_FAILED, false, false),
    /** "Reminder — account paused soon". */
    REMINDER(MailKind.DUNNING_REMINDER, false, false),
    /** "Last chance" before the suspension. */
    LAST_CHANCE(MailKind.DUNNING_LAST_CHANCE, false, false),
    /** The tenant is suspended. */
    SUSPEND(MailKind.ACCOUNT_SUSPENDED, true, true),
    /** The subscription is cancelled and the tenant with it. */
    CANCEL(null, true, true);

    private final MailKind mail;
    private final boolean blocksApi;
    private final boolean blocksPlanChanges;

    DunningStep(MailKind mail, boolean blocksApi, boolean blocksPlanChanges) {
        this.mail = mail;
        this.blocksApi = blocksApi;
        this.blocksPlanChanges = blocksPlanChanges;
    }

    /** The mail the step sends to the tenant, or null. */
    public MailKind mail() {
        return mail;
    }

    public boolean blocksApi() {
        return blocksApi;
    }

    public boolean blocksPlanChanges() {
        return blocksPlanChanges;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
