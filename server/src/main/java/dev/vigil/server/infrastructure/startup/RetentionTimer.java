package dev.vigil.server.infrastructure.startup;

import dev.vigil.server.application.retention.RetentionPurge;
import dev.vigil.server.application.retention.RetentionReport;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the retention purge once a night on every server. Deleting what is already gone deletes
 * nothing, so two servers at once cost a little lock waiting and no harm.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @Inject RetentionPurge purge;
    @Inject Readiness readiness;
    @Inject dev.vigil.server.application.monitoring.TimerRuns runs;
    @Inject java.time.Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        if (!readiness.isReady()) {
            return;
        }
        try {
            RetentionReport report = purge.runScheduled();
            runs.ran(dev.vigil.server.application.monitoring.TimerRuns.RETENTION, clock.instant());
            LOG.log(Level.INFO, "retention purge: {0} records deleted", report.total());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "retention purge failed; it runs again tomorrow night", e);
        }
    }
}
