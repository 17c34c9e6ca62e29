package fr.guichet.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    @DisplayName("a lost or refused connection, however wrapped, is 'unavailable'")
    void unavailable() {
        assertThat(DatabaseFailures.unavailable(new PersistenceException(new SQLException("refused", "08001"))))
                .isTrue();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(new SQLException("terminated", "57P01"))))
                .isTrue();
        assertThat(DatabaseFailures.unavailable(new SQLException("not accepting connections", "55000")))
                .isTrue();
        assertThat(DatabaseFailures.unavailable(new SQLTransientConnectionException("pool timeout")))
                .isTrue();
    }

    @Test
    @DisplayName("a request the database rejected is not 'unavailable'")
    void rejected() {
        assertThat(DatabaseFailures.unavailable(new PersistenceException(new SQLException("duplicate", "23505"))))
                .isFalse();
        assertThat(DatabaseFailures.unavailable(new IllegalStateException("bug")))
                .isFalse();
        assertThat(DatabaseFailures.unavailable(new SQLException("no state"))).isFalse();
    }
}
