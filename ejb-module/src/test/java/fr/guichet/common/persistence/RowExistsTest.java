package fr.guichet.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class RowExistsTest {

    @Test
    void aDuplicateKeyAnywhereInTheCausesIsARowThatExists() {
        // Derby: SQLIntegrityConstraintViolationException, state 23505, wrapped by EclipseLink and JPA.
        SQLException derby = new SQLIntegrityConstraintViolationException(
                "The statement was aborted because it would have caused a duplicate key value", "23505");
        assertThat(RowExists.causedBy(new PersistenceException(new RuntimeException("Internal Exception", derby))))
                .isTrue();
        // PostgreSQL: a batch's next exception carries the state.
        SQLException batch = new SQLException("Batch entry 0 was aborted", "23505");
        SQLException outer = new SQLException("batch failed", "08000");
        outer.setNextException(batch);
        assertThat(RowExists.causedBy(new PersistenceException(outer))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(RowExists.causedBy(new PersistenceException(new SQLException("no such table", "42X05"))))
                .isFalse();
        assertThat(RowExists.causedBy(new SQLException("foreign key", "23503"))).isFalse();
        assertThat(RowExists.causedBy(new IllegalStateException("no SQL at all")))
                .isFalse();
    }

    @Test
    void anInsertThatMeetsARowOfTheSameKeySaysSoAndOtherFailuresPassThrough() {
        PersistenceException duplicate =
                new PersistenceException(new SQLIntegrityConstraintViolationException("duplicate key", "23505"));
        assertThatThrownBy(() -> RowExists.insert("The alert a|b", () -> {
                    throw duplicate;
                }))
                .isInstanceOf(RowExists.class)
                .hasMessage("The alert a|b exists already");

        PersistenceException other = new PersistenceException(new SQLException("no such table", "42X05"));
        assertThatThrownBy(() -> RowExists.insert("The alert a|b", () -> {
                    throw other;
                }))
                .isSameAs(other);

        int[] inserted = {0};
        RowExists.insert("The alert a|b", () -> inserted[0]++);
        assertThat(inserted[0]).isEqualTo(1);
    }
}
