package dev.vigil.server.domain.model.casefile;

import java.time.Instant;
import java.util.List;

/** Repository of the protocol's actions on cases, for the deadline watch. */
public interface CaseActions {

    /**
     * Actions whose next escalation is due, locked for this transaction so that two servers never
     * escalate the same action twice.
     */
    List<CaseAction> dueForEscalation(Instant now, int max);
}
