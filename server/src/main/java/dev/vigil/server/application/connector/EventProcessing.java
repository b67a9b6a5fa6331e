package dev.vigil.server.application.connector;

import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.connector.StayUpdate;
import dev.vigil.plugin.stay.StayContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Handles queued PMS events: the connector fetches what each names, and each resulting stay update is
 * stored unless a newer one is, refreshes the cache, and links the observations of that reservation
 * (pending ones included). Duplicates and reordering are normal: the newest update wins, and linking a
 * stay twice adds nothing.
 */
@ApplicationScoped
public class EventProcessing {

    private static final Logger LOG = Logger.getLogger(EventProcessing.class.getName());
    static final int BATCH = 50;
    static final int MAX_ATTEMPTS = 10;
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Inject PmsEvents events;
    @Inject PmsConnections connections;
    @Inject PmsStays stays;
    @Inject PmsLinks links;
    @Inject StayLookup lookup;
    @Inject StayLinker linker;
    @Inject ConnectorPolicy policy;
    @Inject Clock clock;

    /** Handles the due events once each; how many were due. */
    public int processDue() {
        Instant now = clock.instant();
        List<PmsEvents.Queued> due = events.claimDue(now, now.plus(LEASE), BATCH);
        for (PmsEvents.Queued q : due) {
            Optional<PmsConnections.Connection> c = connections.forProperty(q.property());
            if (c.isEmpty()) {
                events.done(q.id());
                continue;
            }
            try {
                for (StayUpdate update : c.get().connector().updatesFor(q.event())) {
                    apply(c.get(), update);
                }
                events.done(q.id());
            } catch (PmsException | RuntimeException e) {
                int attempts = q.attempts() + 1;
                if (attempts >= MAX_ATTEMPTS || e instanceof PmsException p && !p.transientFailure()) {
                    LOG.log(Level.WARNING, "dropping {0} event {1} of property {2} after {3} attempts: {4}",
                            new Object[] {c.get().system(), q.event().type(), q.property().value(), attempts,
                                    e.getClass().getSimpleName()});
                    events.done(q.id());
                } else {
                    events.retryLater(q.id(), attempts, clock.instant().plus(policy.retryDelay(attempts)),
                            e instanceof PmsException ? e.getMessage() : e.getClass().getSimpleName());
                }
            }
        }
        return due.size();
    }

    /** Applies one update: store if newest, refresh the cache, link the reservation's observations. */
    public void apply(PmsConnections.Connection c, StayUpdate update) {
        Instant now = clock.instant();
        if (update.stay().isEmpty()) {
            stays.removed(c.property(), update.reservationRef(), update.updatedAt());
            stays.changed(c.property(), now);
            lookup.cache().updated(c.property(), update.reservationRef(), Optional.empty());
            return;
        }
        StayContext stay = update.stay().get();
        if (!stays.save(c.property(), stay, now)) {
            return; // an older update than the one stored: out of order, nothing to do
        }
        stays.changed(c.property(), now);
        lookup.cache().updated(c.property(), stay.reservationRef(), Optional.of(stay));
        for (PmsLinks.Link link : links.ofReservation(c.property(), stay.reservationRef(), stay.confirmationNumber())) {
            linker.link(link.observationId(), link.tenant(), stay);
        }
    }
}
