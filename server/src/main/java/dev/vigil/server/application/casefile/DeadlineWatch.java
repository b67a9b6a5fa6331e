package dev.vigil.server.application.casefile;

import dev.vigil.server.domain.model.casefile.CaseActions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets protocol actions whose deadline passed unacknowledged go overdue and escalate, as the protocol
 * says: the action becomes overdue, the case's history says who it went to, and it escalates again
 * each repeat interval until someone acknowledges it. Each action is handled in a transaction of its
 * own, so one that fails is logged and skipped and never holds back the others. Safe to run on every
 * server at once.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    static final int BATCH = 200;

    private CaseActions actions;
    private BiPredicate<String, Instant> perAction;

    protected DeadlineWatch() {
        // for CDI
    }

    @Inject
    public DeadlineWatch(CaseActions actions, DeadlineWork work) {
        this(actions, work::escalate);
    }

    /** A watch whose per-action work is given: for tests that run each action in a transaction of their own. */
    public DeadlineWatch(CaseActions actions, BiPredicate<String, Instant> perAction) {
        this.actions = actions;
        this.perAction = perAction;
    }

    /** Handles what is due at {@code now}; returns how many actions went overdue or escalated. */
    public int escalateDue(Instant now) {
        List<String> due = actions.dueIds(now, BATCH);
        int escalated = 0;
        for (String id : due) {
            try {
                if (perAction.test(id, now)) {
                    escalated++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "case action " + id + " could not be escalated; the others go on and it is tried "
                        + "again in a minute", e);
            }
        }
        return escalated;
    }
}
