package dev.vigil.server.application.connector;

import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.server.application.shared.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the PMSs that push nothing (OPERA's business events) at each connector's own interval, and queues what they
 * give. The interval is a lease in the shared database ({@code poll:<property>}): whichever server's timer comes first
 * polls, and the others find the lease taken until the next poll is due, so a cluster polls a PMS as often as one
 * server would.
 */
@ApplicationScoped
public class ConnectorPolling {

    private static final Logger LOG = Logger.getLogger(ConnectorPolling.class.getName());

    @Inject PmsConnections connections;
    @Inject PmsEvents events;
    @Inject Clock clock;
    @Inject JobLeases leases;

    /** Polls each connection whose interval has passed; how many events were queued. */
    public int pollDue() {
        int queued = 0;
        Instant now = clock.instant();
        for (PmsConnections.Connection c : connections.all()) {
            if (c.connector().pollInterval().isEmpty()) {
                continue;
            }
            if (!leases.tryTake("poll:" + c.property().value(), now, now.plus(c.connector().pollInterval().get()))) {
                continue;
            }
            try {
                List<PmsEvent> polled = c.connector().poll();
                queued += events.enqueue(c.property(), polled, now);
            } catch (PmsException | RuntimeException e) {
                LOG.log(Level.WARNING, "polling {0} for property {1} failed: {2}", new Object[] {c.system(),
                        c.property().value(), e.getMessage()});
            }
        }
        return queued;
    }

    /** Asks every connection for its health once, e.g. at startup, so readiness shows it. */
    public void checkHealth() {
        for (PmsConnections.Connection c : connections.all()) {
            try {
                c.connector().checkHealth();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the health check of {0} for property {1} failed: {2}", new Object[] {c.system(),
                        c.property().value(), e.getClass().getSimpleName()});
            }
        }
    }
}
