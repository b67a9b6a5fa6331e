package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.application.shared.TransientFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;

/**
 * Recognises the failures of concurrent writers: optimistic-lock conflicts (JPA's or EclipseLink's
 * own), lock timeouts, and the SQL states of serialization failures, deadlocks and racing inserts.
 */
@ApplicationScoped
public class JpaTransientFailures implements TransientFailures {

    @Override
    public boolean worthRetrying(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || "org.eclipse.persistence.exceptions.OptimisticLockException".equals(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 40xxx serialization failure or deadlock, 23505/23503 a racing insert, HYT00 a lock timeout (H2)
                if (state.startsWith("40") || state.equals("23505") || state.equals("23503") || state.equals("HYT00")) {
                    return true;
                }
            }
        }
        return false;
    }
}
