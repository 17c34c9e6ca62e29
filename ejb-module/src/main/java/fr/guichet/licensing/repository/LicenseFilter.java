package fr.guichet.licensing.repository;

import fr.guichet.licensing.domain.LicenseStatus;
import java.time.Instant;
import java.util.Map;

/**
 * What a list of license keys is narrowed to; every part optional. {@code state} is a status, or {@code expired}
 * (active, but its activation window has closed) or {@code used_up} (active, every activation taken).
 */
public record LicenseFilter(
        String state, String planId, String reseller, String batchId, Instant createdFrom, Instant createdTo)
        implements java.io.Serializable {

    public static final String EXPIRED = "expired";
    public static final String USED_UP = "used_up";

    void appendTo(StringBuilder where, Map<String, Object> params, Instant now) {
        if (state != null) {
            switch (state) {
                case EXPIRED -> {
                    where.append(" and l.status = :status and l.activateBefore <= :now");
                    params.put("status", LicenseStatus.ACTIVE);
                    params.put("now", now);
                }
                case USED_UP -> {
                    where.append(" and l.status = :status and l.activations >= l.maxActivations");
                    params.put("status", LicenseStatus.ACTIVE);
                }
                default -> {
                    where.append(" and l.status = :status");
                    params.put("status", LicenseStatus.parse(state, "status"));
                }
            }
        }
        add(where, params, "l.planId = :plan", "plan", planId);
        add(where, params, "l.reseller = :reseller", "reseller", reseller);
        add(where, params, "l.batchId = :batch", "batch", batchId);
        add(where, params, "l.createdAt >= :from", "from", createdFrom);
        add(where, params, "l.createdAt < :to", "to", createdTo);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
