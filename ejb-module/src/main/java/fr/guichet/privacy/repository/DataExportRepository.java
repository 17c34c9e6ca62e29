package fr.guichet.privacy.repository;

import fr.guichet.privacy.domain.DataExport;
import fr.guichet.privacy.domain.DataExportFile;
import fr.guichet.privacy.domain.ExportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Data exports and their ZIPs. Runs inside the caller's transaction. */
@ApplicationScoped
public class DataExportRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(DataExport export) {
        em.persist(export);
        em.flush();
    }

    public Optional<DataExport> find(String id) {
        return Optional.ofNullable(em.find(DataExport.class, id));
    }

    public Optional<DataExport> findForUpdate(String id) {
        return Optional.ofNullable(em.find(DataExport.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    /** Exports claimed by a server that stopped, and tried as often as allowed: given up. */
    public int giveUpStale(Instant now) {
        return em.createQuery("update DataExport e set e.status = :failed, e.lastError = :why,"
                        + " e.version = e.version + 1 where e.status = :running and e.claimedUntil < :now"
                        + " and e.attempts >= :max")
                .setParameter("failed", ExportStatus.FAILED)
                .setParameter("why", "The export could not be built. Ask for a new one.")
                .setParameter("running", ExportStatus.RUNNING)
                .setParameter("now", now)
                .setParameter("max", DataExport.MAX_ATTEMPTS)
                .executeUpdate();
    }

    public Optional<DataExport> findInTenant(String tenantId, String id) {
        return find(id).filter(e -> e.tenantId().equals(tenantId));
    }

    /** The tenant's exports, newest first. */
    public List<DataExport> ofTenant(String tenantId, int limit) {
        return em.createQuery(
                        "select e from DataExport e where e.tenantId = :tenant order by e.createdAt desc, e.id",
                        DataExport.class)
                .setParameter("tenant", tenantId)
                .setMaxResults(limit)
                .getResultList();
    }

    public boolean anyInProgress(String tenantId) {
        return em.createQuery(
                                "select count(e) from DataExport e where e.tenantId = :tenant and e.status in :statuses",
                                Long.class)
                        .setParameter("tenant", tenantId)
                        .setParameter("statuses", List.of(ExportStatus.PENDING, ExportStatus.RUNNING))
                        .getSingleResult()
                > 0;
    }

    /**
     * Claims the export for this server until {@code until}: a waiting one, or one whose last claim ran out (its
     * server stopped). One server wins; returns whether this call did.
     */
    public boolean claim(String id, Instant now, Instant until) {
        return em.createQuery("update DataExport e set e.status = :running, e.claimedUntil = :until,"
                                + " e.attempts = e.attempts + 1, e.version = e.version + 1 where e.id = :id and"
                                + " e.attempts < :max and"
                                + " (e.status = :pending or (e.status = :running and e.claimedUntil < :now))")
                        .setParameter("max", DataExport.MAX_ATTEMPTS)
                        .setParameter("running", ExportStatus.RUNNING)
                        .setParameter("pending", ExportStatus.PENDING)
                        .setParameter("until", until)
                        .setParameter("now", now)
                        .setParameter("id", id)
                        .executeUpdate()
                == 1;
    }

    /** Exports to build: waiting since before {@code waitingSince}, or claimed by a server that stopped. */
    public List<String> toBuild(Instant waitingSince, Instant now, int limit) {
        return em.createQuery(
                        "select e.id from DataExport e where (e.status = :pending and e.createdAt < :since)"
                                + " or (e.status = :running and e.claimedUntil < :now) order by e.createdAt",
                        String.class)
                .setParameter("pending", ExportStatus.PENDING)
                .setParameter("running", ExportStatus.RUNNING)
                .setParameter("since", waitingSince)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Ready exports whose link ran out. */
    public List<String> expired(Instant now, int limit) {
        return em.createQuery(
                        "select e.id from DataExport e where e.status = :ready and e.expiresAt <= :now", String.class)
                .setParameter("ready", ExportStatus.READY)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public void addFile(DataExportFile file) {
        em.persist(file);
    }

    public Optional<byte[]> content(String exportId) {
        return Optional.ofNullable(em.find(DataExportFile.class, exportId)).map(DataExportFile::content);
    }

    public void deleteFile(String exportId) {
        em.createQuery("delete from DataExportFile f where f.exportId = :id")
                .setParameter("id", exportId)
                .executeUpdate();
    }

    /** Deletes every export of the tenant and its ZIP (the tenant's personal data is erased). */
    public int deleteOfTenant(String tenantId) {
        em.createQuery("delete from DataExportFile f where f.exportId in"
                        + " (select e.id from DataExport e where e.tenantId = :tenant)")
                .setParameter("tenant", tenantId)
                .executeUpdate();
        return em.createQuery("delete from DataExport e where e.tenantId = :tenant")
                .setParameter("tenant", tenantId)
                .executeUpdate();
    }
}
