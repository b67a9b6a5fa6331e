package dev.vigil.server.infrastructure.startup;

import dev.vigil.server.application.connector.ConnectorPolling;
import dev.vigil.server.application.connector.EventProcessing;
import dev.vigil.server.application.connector.PendingLinkJob;
import dev.vigil.server.application.connector.PmsConnections;
import dev.vigil.server.application.connector.PmsStays;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every two seconds on every server, once startup settled and only where a property has a connector:
 * handles queued PMS events, polls the PMSs that push nothing, retries the lookups that are due, and
 * once a day drops stay contexts that departed longer ago than {@code vigil.connector.stay-retention-days}
 * (90). The database's leases, not the timer, keep two servers from doing the same work.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectorTimer {

    private static final Logger LOG = Logger.getLogger(ConnectorTimer.class.getName());

    @Inject Readiness readiness;
    @Inject PmsConnections connections;
    @Inject EventProcessing events;
    @Inject ConnectorPolling polling;
    @Inject PendingLinkJob pending;
    @Inject PmsStays stays;
    @Inject Clock clock;
    // no Config here: this timer may first fire while the application deploys, before its configuration is complete
    @Inject dev.vigil.server.application.connector.ConnectorPolicy policy;

    private boolean checked;
    private LocalDate purged;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!readiness.settled(Duration.ofSeconds(3))) {
            return;
        }
        try {
            if (connections.all().isEmpty()) {
                return;
            }
            if (!checked) {
                checked = true;
                polling.checkHealth();
            }
            while (events.processDue() >= 50) {
                // a burst of events drains before the next tick
            }
            polling.pollDue();
            pending.runDue();
            purgeDaily();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PMS connector work failed; it runs again in two seconds: {0}", e.toString());
        }
    }

    private void purgeDaily() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (today.equals(purged)) {
            return;
        }
        purged = today;
        stays.purgeDepartedBefore(today.minus(policy.stayRetention()));
    }
}
