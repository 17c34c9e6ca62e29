package fr.guichet.privacy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts building an export once its request is committed, on another thread. */
@ApplicationScoped
public class ExportTriggers {

    @Inject
    ExportBuilder builder;

    void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExportRequested event) {
        builder.buildLater(event.exportId());
    }
}
