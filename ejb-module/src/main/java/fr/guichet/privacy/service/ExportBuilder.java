package fr.guichet.privacy.service;

import fr.guichet.privacy.repository.DataExportRepository;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds exports in the background: at once once asked (after the asking transaction commits), and on privacy's
 * timer for any left waiting (a server stopped while building). Each export is claimed by one server at a time and
 * tried {@code DataExport.MAX_ATTEMPTS} times.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportBuilder {

    private static final System.Logger LOG = System.getLogger(ExportBuilder.class.getName());

    @Inject
    DataExports exports;

    @Inject
    ExportContents contents;

    @Inject
    DataExportRepository repository;

    @Inject
    Clock clock;

    /** Builds on another thread (called once the request is committed: {@link ExportTriggers}). */
    @Asynchronous
    public void buildLater(String exportId) {
        build(exportId);
    }

    /** Builds the export if this server can claim it; returns whether it did. */
    public boolean build(String exportId) {
        if (!exports.claim(exportId)) {
            return false;
        }
        try {
            exports.finish(exportId, zip(exportId));
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Export " + exportId + " failed: " + e);
            exports.fail(exportId, "The export could not be built; it is tried again a few minutes later.");
            return false;
        }
    }

    /** Builds the exports left waiting for more than a minute; returns how many were built. */
    public int catchUp() {
        int built = 0;
        for (String id : repository.toBuild(clock.instant().minus(Duration.ofMinutes(1)), clock.instant(), 20)) {
            if (build(id)) {
                built++;
            }
        }
        return built;
    }

    private byte[] zip(String exportId) {
        String tenantId = repository.find(exportId).orElseThrow().tenantId();
        return contents.zip(tenantId);
    }
}
