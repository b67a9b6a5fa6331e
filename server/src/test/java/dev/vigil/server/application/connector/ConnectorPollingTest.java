package dev.vigil.server.application.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.plugin.connector.HealthReport;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.plugin.connector.StayUpdate;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.testing.DatabaseLeases;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two servers' polling timers over one database: a PMS that is polled every five minutes is polled once per interval
 * by the cluster, not once by each server.
 */
class ConnectorPollingTest {

    private static final Instant NOW = Instant.parse("2027-06-01T10:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(5);

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoServers_pollAPmsOncePerInterval_betweenThem(Database db) {
        PropertyId hotel = new PropertyId("h-" + UUID.randomUUID().toString().substring(0, 8));
        CountingPms pms = new CountingPms();
        AtomicInteger queued = new AtomicInteger();
        ConnectorPolling one = server(db, hotel, pms, queued, NOW);
        ConnectorPolling two = server(db, hotel, pms, queued, NOW.plusSeconds(1));

        one.pollDue();
        two.pollDue();
        assertThat(pms.polls.get()).as("both timers fired; the first took the interval").isEqualTo(1);
        assertThat(queued.get()).isEqualTo(1);

        two.clock = Clock.fixed(NOW.plus(INTERVAL).minusSeconds(1), ZoneOffset.UTC);
        two.pollDue();
        assertThat(pms.polls.get()).as("not before the interval has passed").isEqualTo(1);

        two.clock = Clock.fixed(NOW.plus(INTERVAL), ZoneOffset.UTC);
        one.clock = Clock.fixed(NOW.plus(INTERVAL).plusSeconds(1), ZoneOffset.UTC);
        two.pollDue();
        one.pollDue();
        assertThat(pms.polls.get()).as("the next interval: whichever server comes first polls").isEqualTo(2);
    }

    private static ConnectorPolling server(Database db, PropertyId hotel, PmsConnector pms, AtomicInteger queued, Instant at) {
        ConnectorPolling polling = new ConnectorPolling();
        PmsConnections.Connection connection = new PmsConnections.Connection(hotel, new TenantId("chain"), "opera", pms,
                Optional.empty());
        polling.connections = new PmsConnections() {
            @Override
            public Optional<Connection> forProperty(PropertyId property) {
                return Optional.of(connection);
            }

            @Override
            public List<Connection> all() {
                return List.of(connection);
            }
        };
        polling.events = new PmsEvents() {
            @Override
            public int enqueue(PropertyId property, List<PmsEvent> events, Instant now) {
                queued.addAndGet(events.size());
                return events.size();
            }

            @Override
            public List<Queued> claimDue(Instant now, Instant leaseUntil, int limit) {
                return List.of();
            }

            @Override
            public void done(String id) {
                // nothing is claimed here
            }

            @Override
            public void retryLater(String id, int attempts, Instant next, String error) {
                // nothing is claimed here
            }
        };
        polling.clock = Clock.fixed(at, ZoneOffset.UTC);
        polling.leases = new DatabaseLeases(db, "server-at-" + at);
        return polling;
    }

    /** A PMS that pushes nothing and is polled; it counts the polls. */
    private static final class CountingPms implements PmsConnector {
        final AtomicInteger polls = new AtomicInteger();

        @Override
        public Optional<Duration> pollInterval() {
            return Optional.of(INTERVAL);
        }

        @Override
        public List<PmsEvent> poll() {
            polls.incrementAndGet();
            return List.of(new PmsEvent("ReservationUpdated:R-" + polls.get(), "ReservationUpdated", "R-" + polls.get(), NOW));
        }

        @Override
        public Optional<StayContext> resolveReservation(String reservationRef) {
            return Optional.empty();
        }

        @Override
        public Optional<StayContext> resolveRoom(String room, Instant at) {
            return Optional.empty();
        }

        @Override
        public List<StayUpdate> updatesFor(PmsEvent event) {
            return List.of();
        }

        @Override
        public HealthReport health() {
            return HealthReport.unknown(NOW);
        }

        @Override
        public HealthReport checkHealth() {
            return HealthReport.unknown(NOW);
        }
    }
}
