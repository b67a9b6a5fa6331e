package dev.vigil.server.application.casefile;

import dev.vigil.server.application.notification.CaseAlerts;

import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseActions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Escalates protocol actions whose deadline passed unacknowledged, as the protocol says: the action
 * becomes overdue, the case's history says who it went to, and it escalates again each repeat
 * interval until someone acknowledges it. Safe to run on every server at once.
 */
@ApplicationScoped
public class DeadlineWatch {

    static final int BATCH = 200;

    private CaseActions actions;
    private AuditLog audit;
    private CaseAlerts alerts;

    protected DeadlineWatch() {
        // for CDI
    }

    @Inject
    public DeadlineWatch(CaseActions actions, AuditLog audit, CaseAlerts alerts) {
        this.actions = actions;
        this.audit = audit;
        this.alerts = alerts;
    }

    /** Escalates what is due at {@code now}; returns how many actions escalated. */
    @Transactional
    public int escalateDue(Instant now) {
        List<CaseAction> due = actions.dueForEscalation(now, BATCH);
        int escalated = 0;
        for (CaseAction action : due) {
            if (action.escalateIfDue(now)) {
                action.caseFile().recordOverdue(action, now);
                alerts.actionOverdue(action, now);
                audit.append(new AuditEntry(now, action.caseFile().tenant().value(), action.caseFile().property().value(),
                        "vigil", "CASE_ACTION_OVERDUE", "case", action.caseFile().id().value()));
                escalated++;
            }
        }
        return escalated;
    }
}
