package dev.vigil.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.infrastructure.persistence.jpa.JpaTransientFailures;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    private final JpaTransientFailures failures = new JpaTransientFailures();

    @Test
    void lostRaces_areWorthRetrying_wrappedOrNot() {
        assertThat(failures.worthRetrying(new OptimisticLockException("stale case"))).isTrue();
        assertThat(failures.worthRetrying(new RuntimeException(new PersistenceException(new SQLException("deadlock", "40P01"))))).isTrue();
        assertThat(failures.worthRetrying(new PersistenceException(new SQLException("dup", "23505")))).isTrue();
    }

    @Test
    void realFailures_areNot() {
        assertThat(failures.worthRetrying(new IllegalStateException("broken"))).isFalse();
        assertThat(failures.worthRetrying(new PersistenceException(new SQLException("no such table", "42S02")))).isFalse();
    }
}
