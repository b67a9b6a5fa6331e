package dev.vigil.server.infrastructure.startup;

import dev.vigil.server.application.casefile.DeadlineWatch;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the deadline watch every minute on every server. Timers are not persistent or clustered:
 * the row locks of the watch, not the timer, keep two servers from escalating the same action.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineTimer {

    private static final Logger LOG = Logger.getLogger(DeadlineTimer.class.getName());

    @Inject DeadlineWatch watch;
    @Inject Readiness readiness;
    @Inject Clock clock;
    @Inject dev.vigil.server.application.monitoring.TimerRuns runs;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void tick() {
        // the timer starts with the EJB container, before the web module is in place: let the deployment finish first
        if (!readiness.settled(java.time.Duration.ofSeconds(60))) {
            return;
        }
        try {
            int escalated = watch.escalateDue(clock.instant());
            runs.ran(dev.vigil.server.application.monitoring.TimerRuns.DEADLINES, clock.instant());
            if (escalated > 0) {
                LOG.log(Level.INFO, "{0} overdue case action(s) escalated", escalated);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deadline watch failed; it runs again in a minute", e);
        }
    }
}
