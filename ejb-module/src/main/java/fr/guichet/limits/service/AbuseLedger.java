package fr.guichet.limits.service;

import static fr.guichet.common.persistence.NativeRows.toInstant;
import static fr.guichet.common.persistence.NativeRows.toInt;
import static fr.guichet.common.persistence.NativeRows.toLong;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.persistence.DirectStatements;
import fr.guichet.common.persistence.NativeRows;
import fr.guichet.common.persistence.RowExists;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What abuse control keeps in the database, so that every server sees it: blocked addresses (with the level that
 * makes each new block longer) and the addresses each key was used from, per window. Every block and unblock is
 * written to the audit log in the same transaction.
 */
@Stateless
public class AbuseLedger {

    @PersistenceContext(unitName = "guichet")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    DirectStatements direct;

    /** Until when the address is blocked, if it is (or was) blocked. */
    public Optional<Instant> blockedUntil(String address) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT blocked_until FROM address_block WHERE address = ?")
                .setParameter(1, address)
                .getResultList();
        return rows.stream().findFirst().map(NativeRows::toInstant);
    }

    /**
     * Blocks the address for {@code first} doubled at each block since a day ago (at most {@code longest});
     * returns until when.
     *
     * @throws RowExists when another server blocked the address first (its block is then {@link #blockedUntil})
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Instant block(String address, Instant now, Duration first, Duration longest, String reason) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT level, blocked_at, blocked_until FROM address_block WHERE address = ?")
                .setParameter(1, address)
                .getResultList();
        if (!rows.isEmpty() && toInstant(rows.get(0)[2]).isAfter(now)) {
            // Already blocked (calls in flight, or another server that had not seen the block yet): one offence,
            // one block.
            return toInstant(rows.get(0)[2]);
        }
        // The level grows with each block since a day ago.
        int level = rows.isEmpty() || !toInstant(rows.get(0)[1]).isAfter(now.minus(Duration.ofDays(1)))
                ? 1
                : Math.min(toInt(rows.get(0)[0]) + 1, 30);
        Duration length = first.multipliedBy(1L << Math.min(level - 1, 20));
        if (length.compareTo(longest) > 0) {
            length = longest;
        }
        Instant until = now.plus(length);
        if (rows.isEmpty()) {
            // Another server may block the address at the same instant: one offence, one block.
            RowExists.insert(
                    "The block of " + address,
                    () -> em.createNativeQuery(
                                    "INSERT INTO address_block (address, level, blocked_at, blocked_until, reason) "
                                            + "VALUES (?, ?, ?, ?, ?)")
                            .setParameter(1, address)
                            .setParameter(2, level)
                            .setParameter(3, Timestamp.from(now))
                            .setParameter(4, Timestamp.from(until))
                            .setParameter(5, reason)
                            .executeUpdate());
        } else {
            em.createNativeQuery("UPDATE address_block SET level = ?, blocked_at = ?, blocked_until = ?, reason = ? "
                            + "WHERE address = ?")
                    .setParameter(1, level)
                    .setParameter(2, Timestamp.from(now))
                    .setParameter(3, Timestamp.from(until))
                    .setParameter(4, reason)
                    .setParameter(5, address)
                    .executeUpdate();
        }
        audit.write(
                AuditLog.SYSTEM,
                null,
                "address.blocked",
                "address:" + address,
                reason + "; blocked for " + length.toSeconds() + " s (block " + level + " in a day)");
        return until;
    }

    /** Lifts a block now (the level is kept, so a new offence is blocked longer). */
    public void unblock(String address, Instant now, String actor, String reason) {
        int updated = em.createNativeQuery(
                        "UPDATE address_block SET blocked_until = ? WHERE address = ? " + "AND blocked_until > ?")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, address)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        if (updated == 0) {
            throw new DomainException(ErrorCode.BLOCK_NOT_FOUND, "The address " + address + " is not blocked");
        }
        audit.write(actor, null, "address.unblocked", "address:" + address, reason);
    }

    /** The blocks in force, the latest first. */
    public Page<AddressBlockView> blocks(Instant now, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT address, level, blocked_at, blocked_until, reason "
                        + "FROM address_block WHERE blocked_until > ? ORDER BY blocked_at DESC, address")
                .setParameter(1, Timestamp.from(now))
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = toLong(em.createNativeQuery("SELECT COUNT(*) FROM address_block WHERE blocked_until > ?")
                .setParameter(1, Timestamp.from(now))
                .getSingleResult());
        List<AddressBlockView> items = rows.stream()
                .map(r -> new AddressBlockView(
                        (String) r[0], toInt(r[1]), toInstant(r[2]), toInstant(r[3]), (String) r[4]))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * Records that the key was used from the address in the window starting at {@code window} (epoch seconds);
     * returns how many distinct addresses used it in that window. Earlier windows of the key are forgotten.
     * Callers serialize the uses of one key in the server ({@link fr.guichet.common.persistence.Stripes}).
     *
     * @throws RowExists when a concurrent call recorded the same use first (its count is then {@link #addresses})
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long useFrom(String keyId, long window, String address) {
        long known = toLong(em.createNativeQuery(
                        "SELECT COUNT(*) FROM key_address WHERE key_id = ? " + "AND window_start = ? AND address = ?")
                .setParameter(1, keyId)
                .setParameter(2, window)
                .setParameter(3, address)
                .getSingleResult());
        if (known == 0) {
            em.createNativeQuery("DELETE FROM key_address WHERE key_id = ? AND window_start < ?")
                    .setParameter(1, keyId)
                    .setParameter(2, window)
                    .executeUpdate();
            // Another writer of the row, outside the caller's Stripes, is not expected on Derby.
            RowExists.insert(
                    "The use of key " + keyId + " from " + address,
                    () -> em.createNativeQuery(direct.ignoringDuplicates(
                                    "INSERT INTO key_address (key_id, window_start, address) VALUES (?, ?, ?)"))
                            .setParameter(1, keyId)
                            .setParameter(2, window)
                            .setParameter(3, address)
                            .executeUpdate());
        }
        return addresses(keyId, window);
    }

    /** How many distinct addresses used the key in the window starting at {@code window} (epoch seconds). */
    public long addresses(String keyId, long window) {
        return toLong(em.createNativeQuery("SELECT COUNT(*) FROM key_address WHERE key_id = ? AND window_start = ?")
                .setParameter(1, keyId)
                .setParameter(2, window)
                .getSingleResult());
    }
}
