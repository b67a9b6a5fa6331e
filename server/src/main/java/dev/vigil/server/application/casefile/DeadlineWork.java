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
import java.util.Optional;

/**
 * The deadline watch's one short transaction per action: lock it, read it again, let it go overdue or
 * escalate, record that in the case's history and the audit trail, and write its alerts to the outbox.
 */
@ApplicationScoped
public class DeadlineWork {

    private CaseActions actions;
    private AuditLog audit;
    private CaseAlerts alerts;

    protected DeadlineWork() {
        // for CDI
    }

    @Inject
    public DeadlineWork(CaseActions actions, AuditLog audit, CaseAlerts alerts) {
        this.actions = actions;
        this.audit = audit;
        this.alerts = alerts;
    }

    /** Returns true when the action went overdue or escalated now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean escalate(String actionId, Instant now) {
        Optional<CaseAction> locked = actions.lockIfDue(actionId, now);
        if (locked.isEmpty() || !locked.get().escalateIfDue(now)) {
            return false;
        }
        CaseAction action = locked.get();
        action.caseFile().recordOverdue(action, now);
        alerts.actionOverdue(action, now);
        audit.append(new AuditEntry(now, action.caseFile().tenant().value(), action.caseFile().property().value(),
                "vigil", "CASE_ACTION_OVERDUE", "case", action.caseFile().id().value()));
        return true;
    }
}
