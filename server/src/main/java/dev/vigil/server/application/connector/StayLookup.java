package dev.vigil.server.application.connector;

import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks a property's PMS about a filing's stay: by reservation, else by room at the time observed.
 * Answers are cached and stored; a filing waits at most its budget, and an answer that comes later
 * still fills the cache, so the retry job finds it at once. Before a cached answer is used, the shared
 * database says whether the PMS announced a change since (on this server or another): then the
 * property's older entries are dropped and the PMS is asked again.
 */
@jakarta.enterprise.context.ApplicationScoped
public class StayLookup {

    private static final Logger LOG = Logger.getLogger(StayLookup.class.getName());
    /** Servers' clocks differ a little: entries cached this soon after another server's change mark are dropped too. */
    static final Duration CLOCK_MARGIN = Duration.ofSeconds(10);

    private PmsConnections connections;
    private PmsStays stays;
    private StayContextCache cache;
    private BackgroundCalls executor;
    private Clock clock;

    protected StayLookup() {
        // for CDI
    }

    @jakarta.inject.Inject
    public StayLookup(PmsConnections connections, PmsStays stays, ConnectorPolicy policy, BackgroundCalls executor,
                      Clock clock) {
        this.connections = connections;
        this.stays = stays;
        this.cache = new StayContextCache(policy.cacheLifetime(), clock);
        this.executor = executor;
        this.clock = clock;
    }

    /** The cache, which PMS updates refresh. */
    public StayContextCache cache() {
        return cache;
    }

    /** Resolves within the budget; {@code PENDING} when the PMS did not answer in time or failed. */
    public Resolution resolve(Property property, String room, String reservationRef, Instant observedAt, Duration budget) {
        Optional<PmsConnections.Connection> connection = connections.forProperty(property.id());
        String ref = blankToNull(reservationRef);
        String where = blankToNull(room);
        if (connection.isEmpty() || ref == null && where == null) {
            return Resolution.NONE;
        }
        LocalDate day = observedAt.atZone(property.zone()).toLocalDate();
        stays.changedAt(property.id()).ifPresent(mark -> cache.dropOlderThan(property.id(), mark.plus(CLOCK_MARGIN)));
        Optional<StayContext> cached = ref != null ? cache.byReservation(property.id(), ref)
                : cache.byRoom(property.id(), where, day);
        if (cached != null && (cached.isPresent() || where == null || ref == null)) {
            return cached.map(Resolution::resolved).orElseGet(Resolution::notFound);
        }
        Future<Optional<StayContext>> answer = executor.submit(ask(property.id(), connection.get().connector(), where, ref,
                observedAt, day));
        try {
            Optional<StayContext> stay = answer.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            return stay.map(Resolution::resolved).orElseGet(Resolution::notFound);
        } catch (TimeoutException e) {
            return Resolution.pending("the PMS did not answer within " + budget.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Resolution.pending(cause instanceof PmsException ? cause.getMessage() : "the PMS lookup failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Resolution.pending("interrupted");
        }
    }

    private Callable<Optional<StayContext>> ask(PropertyId property, PmsConnector connector, String room, String ref,
                                                Instant at, LocalDate day) {
        return () -> {
            Optional<StayContext> stay = Optional.empty();
            if (ref != null) {
                stay = connector.resolveReservation(ref);
                cache.putReservation(property, ref, stay);
            }
            if (stay.isEmpty() && room != null) {
                stay = connector.resolveRoom(room, at);
                cache.putRoom(property, room, day, stay);
            }
            stay.ifPresent(s -> {
                try {
                    stays.save(property, s, clock.instant());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not store a stay context of property {0}: {1}",
                            new Object[] {property.value(), e.getClass().getSimpleName()});
                }
            });
            return stay;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
