package dev.vigil.server.testing;

import dev.vigil.server.testing.TestDatabases.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Future;

/**
 * Lets a concurrency test wait for what it means, a session blocked on a row lock, instead of sleeping
 * and hoping the other thread got there: the database itself says when a session waits.
 */
public final class LockWaits {

    private LockWaits() {
    }

    /** How many sessions wait on a lock right now. */
    public static int waiting(Database db) {
        String sql = db.name().equals("H2")
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()";
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until a session waits on a lock, or until {@code other} finished without ever waiting.
     * Returns true when a session was seen waiting.
     */
    public static boolean awaitWaiterOrDone(Database db, Future<?> other, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (waiting(db) > 0) {
                return true;
            }
            if (other.isDone()) {
                return false;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(2); // a poll interval, not a bet on timing: the condition decides
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        throw new AssertionError("no session waited on a lock and the other work did not finish within " + timeout);
    }
}
