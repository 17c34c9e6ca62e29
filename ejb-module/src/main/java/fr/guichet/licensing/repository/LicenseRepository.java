package fr.guichet.licensing.repository;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.persistence.NativeRows;
import fr.guichet.licensing.domain.License;
import fr.guichet.licensing.domain.LicenseActivation;
import fr.guichet.licensing.domain.LicensedPeriod;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** License keys and their activations. */
@Stateless
public class LicenseRepository {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    public void add(License license) {
        em.persist(license);
    }

    public void add(LicenseActivation activation) {
        em.persist(activation);
    }

    public void flush() {
        em.flush();
    }

    public Optional<License> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(License.class, id));
    }

    public Optional<License> findByHash(String hash) {
        return em.createQuery("select l from License l where l.keyHash = :hash", License.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    /** The key, its row locked until the transaction ends, for an operator's change. */
    public Optional<License> findForUpdate(String id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(em.find(License.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Reads the key again from the database (after a conditional update). */
    public void reload(License license) {
        em.refresh(license);
    }

    /**
     * Takes one activation of the key if one is left and it may be activated at {@code now}: one conditional
     * update, so that racing activations never pass the maximum, on any number of servers. True when taken.
     */
    public boolean claimActivation(String licenseId, Instant now) {
        Timestamp at = Timestamp.from(now);
        return em.createNativeQuery(
                                "UPDATE license SET activations = activations + 1 WHERE id = ? "
                                        + "AND status = 'ACTIVE' AND activations < max_activations "
                                        + "AND (activate_before IS NULL OR activate_before > ?) AND (valid_from IS NULL OR valid_from <= ?)")
                        .setParameter(1, licenseId)
                        .setParameter(2, at)
                        .setParameter(3, at)
                        .executeUpdate()
                == 1;
    }

    public boolean activated(String licenseId, String tenantId) {
        return em.createQuery(
                                "select count(a) from LicenseActivation a where a.licenseId = :license "
                                        + "and a.tenantId = :tenant",
                                Long.class)
                        .setParameter("license", licenseId)
                        .setParameter("tenant", tenantId)
                        .getSingleResult()
                > 0;
    }

    /** The tenants that activated the key, in id order (the order their rows are locked in). */
    public List<String> activators(String licenseId) {
        return em.createQuery(
                        "select a.tenantId from LicenseActivation a where a.licenseId = :license "
                                + "order by a.tenantId",
                        String.class)
                .setParameter("license", licenseId)
                .getResultList();
    }

    /** A page of the key's activations, oldest first. */
    public Page<LicenseActivation> activationsOf(String licenseId, PageRequest page) {
        List<LicenseActivation> items = em.createQuery(
                        "select a from LicenseActivation a "
                                + "where a.licenseId = :license order by a.activatedAt, a.id",
                        LicenseActivation.class)
                .setParameter("license", licenseId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(a) from LicenseActivation a where a.licenseId = :license", Long.class)
                .setParameter("license", licenseId)
                .getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public List<LicenseActivation> activationsOf(String licenseId) {
        return em.createQuery(
                        "select a from LicenseActivation a where a.licenseId = :license "
                                + "order by a.activatedAt, a.id",
                        LicenseActivation.class)
                .setParameter("license", licenseId)
                .getResultList();
    }

    public List<LicenseActivation> activationsOfTenant(String tenantId) {
        return em.createQuery(
                        "select a from LicenseActivation a where a.tenantId = :tenant "
                                + "order by a.activatedAt, a.id",
                        LicenseActivation.class)
                .setParameter("tenant", tenantId)
                .setMaxResults(1000)
                .getResultList();
    }

    public Optional<LicenseActivation> activation(String licenseId, String tenantId) {
        return em.createQuery(
                        "select a from LicenseActivation a where a.licenseId = :license " + "and a.tenantId = :tenant",
                        LicenseActivation.class)
                .setParameter("license", licenseId)
                .setParameter("tenant", tenantId)
                .getResultStream()
                .findFirst();
    }

    /** A tenant's activations whose key still grants access, as parts of its licensed period. */
    public List<LicensedPeriod.Part> grantingParts(String tenantId) {
        return em
                .createQuery(
                        "select a.activatedAt, a.days, l.planId from LicenseActivation a, License l "
                                + "where a.licenseId = l.id and a.tenantId = :tenant "
                                + "and l.status = fr.guichet.licensing.domain.LicenseStatus.ACTIVE",
                        Object[].class)
                .setParameter("tenant", tenantId)
                .getResultList()
                .stream()
                .map(r ->
                        new LicensedPeriod.Part(NativeRows.toInstant(r[0]), ((Number) r[1]).intValue(), (String) r[2]))
                .toList();
    }

    /** Keys matching the filter, newest first; see {@link LicenseFilter}. */
    public Page<License> search(LicenseFilter filter, Instant now, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        filter.appendTo(where, params, now);
        TypedQuery<License> query =
                em.createQuery("select l from License l" + where + " order by l.createdAt desc, l.id", License.class);
        TypedQuery<Long> count = em.createQuery("select count(l) from License l" + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<License> items = new ArrayList<>(
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList());
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }
}
