package fr.guichet.billing.erp;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Lifts a halt of the sync once Dolibarr took the key again, and wakes the worker. */
@Stateless
public class ErpResume {

    @Inject
    ErpRepository repository;

    @Inject
    ErpKick kick;

    public void resume() {
        repository.settings().filter(s -> s.haltedReason() != null).ifPresent(ErpSettings::resume);
        kick.kick();
    }
}
