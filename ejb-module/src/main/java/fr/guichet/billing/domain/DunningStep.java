package fr.guichet.billing.domain;

import java.util.Locale;

/** What a step of dunning does: a mail, the suspension of the tenant, the cancellation of its subscription. */
public enum DunningStep {
    /** "Payment problem": the first notice, at once. */
    NOTICE,
    /** "Reminder — account paused soon". */
    REMINDER,
    /** "Last chance" before the suspension. */
    LAST_CHANCE,
    /** The tenant is suspended: /v1 answers 403; the portal stays open so the client can pay. */
    SUSPEND,
    /** The subscription is cancelled and the tenant with it. */
    CANCEL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
