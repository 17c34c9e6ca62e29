package fr.guichet.billing.service;

import fr.guichet.billing.domain.DunningSchedule;

/**
 * A step of the dunning schedule as operators read it: after how long (an ISO period from the dunning's start),
 * what it is, the mail it sends (or null), whether {@code /v1} is blocked and whether the client can no longer
 * change plans from then on.
 */
public record DunningStepView(String after, String step, String mail, boolean blocksApi, boolean blocksPlanChanges) {

    static DunningStepView of(DunningSchedule.Entry entry) {
        return new DunningStepView(
                entry.after().toString(),
                entry.step().wireName(),
                entry.step().mail() == null ? null : entry.step().mail().wireName(),
                entry.step().blocksApi(),
                entry.step().blocksPlanChanges());
    }
}
