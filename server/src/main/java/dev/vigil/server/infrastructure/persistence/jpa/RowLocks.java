package dev.vigil.server.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How the timers that run on every server take rows: candidates are found first (some databases refuse
 * FOR UPDATE with a row limit), then each is locked and read again, and kept only if it still qualifies.
 * A second server waits on the lock, then finds the row already taken.
 */
final class RowLocks {

    /** Locks the rows a query finds for the caller's transaction, leaving out those another transaction holds. */
    static final String SKIP_LOCKED = " FOR UPDATE SKIP LOCKED";

    private RowLocks() {
    }

    /**
     * The end of a query that claims up to {@code max} rows for the caller's transaction, leaving rows another
     * transaction holds to it instead of waiting for them (H2 and PostgreSQL both have SKIP LOCKED).
     */
    static String skipLocked(int max) {
        return " FETCH FIRST " + Math.max(1, max) + " ROWS ONLY" + SKIP_LOCKED;
    }

    static <T> List<T> lockEach(EntityManager em, Class<T> type, List<String> ids, Predicate<T> stillQualifies) {
        List<T> locked = new ArrayList<>(ids.size());
        for (String id : ids) {
            T row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                continue;
            }
            em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
            if (stillQualifies.test(row)) {
                locked.add(row);
            }
        }
        return locked;
    }
}
