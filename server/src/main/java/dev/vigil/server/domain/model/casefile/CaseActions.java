package dev.vigil.server.domain.model.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Repository of the protocol's actions on cases, for the deadline watch. */
public interface CaseActions {

    /** Ids of pending actions whose next check is due, most overdue first; read without locks. */
    List<String> dueIds(Instant now, int max);

    /**
     * The action, locked for this transaction and read again, if it is still due: a second server that
     * waited on the lock finds it handled and leaves it.
     */
    Optional<CaseAction> lockIfDue(String id, Instant now);

    /** How many steps of every case are still pending past their deadline at {@code now}. */
    long countOverdue(Instant now);
}
