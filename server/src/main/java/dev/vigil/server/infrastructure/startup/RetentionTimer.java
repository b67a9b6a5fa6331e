package dev.vigil.server.infrastructure.startup;

import dev.vigil.server.application.monitoring.TimerRuns;
import dev.vigil.server.application.retention.RetentionPurge;
import dev.vigil.server.application.retention.RetentionReport;
import dev.vigil.server.application.shared.JobLeases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the retention purge once a night. Every server's timer fires; the first to take the night's lease in the
 * database runs the purge and the others leave it. The lease outlasts the run, so a server whose clock is a little
 * late finds the night's purge taken; a server that dies mid-purge leaves the rest to the next night.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @Inject RetentionPurge purge;
    @Inject Readiness readiness;
    @Inject TimerRuns runs;
    @Inject Clock clock;
    @Inject JobLeases leases;

    /** How long a night's purge is one server's: far longer than a purge takes, far shorter than a day. */
    static final Duration NIGHT = Duration.ofHours(6);

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        if (!readiness.isReady()) {
            return;
        }
        try {
            Instant now = clock.instant();
            if (!leases.tryTake("retention", now, now.plus(NIGHT))) {
                // the cluster's purge is under way: this server's figure says the job is not stuck
                runs.ran(TimerRuns.RETENTION, now);
                LOG.log(Level.INFO, "retention purge: another server runs tonight's purge");
                return;
            }
            RetentionReport report = purge.runScheduled();
            runs.ran(TimerRuns.RETENTION, clock.instant());
            LOG.log(Level.INFO, "retention purge: {0} records deleted", report.total());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "retention purge failed; it runs again tomorrow night", e);
        }
    }
}
