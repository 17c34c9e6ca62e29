package fr.guichet.common.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Reads the columns of native query rows the same way on Derby and PostgreSQL, whose drivers return different
 * {@link Number} classes for the same SQL types. Nulls stay null.
 */
public final class NativeRows {

    private NativeRows() {}

    public static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static Integer toInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static BigDecimal toDecimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    public static Instant toInstant(Object value) {
        return value == null ? null : value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
    }
}
