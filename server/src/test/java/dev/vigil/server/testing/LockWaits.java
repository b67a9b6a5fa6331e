package dev.vigil.server.testing;

import dev.vigil.server.testing.TestDatabases.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Future;

/**
 * Lets a concurrency test wait for what it means, a session blocked on another's row, instead of
 * sleeping and hoping the other thread got there: the database says when a session waits. PostgreSQL
 * lists its lock waits; the embedded H2 runs in this JVM, where a session that meets another's
 * uncommitted row either parks in its transaction wait or retries its insert until that row is
 * committed, and its thread shows it.
 */
public final class LockWaits {

    /** Polls in a row that must see the same wait: a fast insert that merely passes through is not one. */
    private static final int SEEN_IN_A_ROW = 5;

    private LockWaits() {
    }

    /** Whether a session waits on another's lock right now. */
    public static boolean someoneWaits(Database db) {
        return db.name().equals("H2") ? h2ThreadWaits() : postgresSessionWaits(db);
    }

    private static boolean h2ThreadWaits() {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> {
            for (StackTraceElement frame : stack) {
                String at = frame.getClassName() + "." + frame.getMethodName();
                if (at.equals("org.h2.mvstore.tx.Transaction.waitFor") || at.equals("org.h2.mvstore.db.MVTable.addRow")) {
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean postgresSessionWaits(Database db) {
        String sql = "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()";
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1) > 0;
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
        int inARow = 0;
        while (System.nanoTime() < deadline) {
            inARow = someoneWaits(db) ? inARow + 1 : 0;
            if (inARow >= SEEN_IN_A_ROW) {
                return true;
            }
            if (other.isDone()) {
                return false;
            }
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
