package dev.vigil.server.infrastructure.startup;

import dev.vigil.server.application.notification.Dispatcher;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox every ten seconds on every server; the outbox's row locks and leases, not the
 * timer, keep two servers from sending the same notification. Each tick goes on claiming for up to
 * eight seconds while work is due, so a burst drains without waiting for the next tick.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DispatchTimer {

    private static final Logger LOG = Logger.getLogger(DispatchTimer.class.getName());
    private static final java.time.Duration TICK_BUDGET = java.time.Duration.ofSeconds(8);

    @Inject Dispatcher dispatcher;
    @Inject Readiness readiness;
    @Inject dev.vigil.server.application.monitoring.TimerRuns runs;
    @Inject java.time.Clock clock;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!readiness.settled(java.time.Duration.ofSeconds(15))) {
            return;
        }
        try {
            dispatcher.drain(TICK_BUDGET);
            runs.ran(dev.vigil.server.application.monitoring.TimerRuns.DISPATCH, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification dispatch failed; it runs again in ten seconds", e);
        }
    }
}
