package dev.vigil.server.application.observation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.infrastructure.persistence.jpa.JpaStayRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaTransientFailures;
import dev.vigil.server.testing.LockWaits;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two first filings about one room, or one reservation, at the same moment share one stay: the second waits
 * while the first opens the stay and then joins it, instead of opening a second stay (and so a second case).
 */
class StayOpeningTest {

    private static final Instant T = Instant.parse("2026-11-22T14:00:00Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoFirstFilingsAboutARoomNeverSeenShareOneStay(Database db) throws Exception {
        PropertyId hotel = new PropertyId("h-" + UUID.randomUUID().toString().substring(0, 8));
        Race race = race(db, hotel, new Filing("214", null), new Filing("214", null));
        assertThat(race.second).as("the second filing's stay").isEqualTo(race.first);
        assertThat(stays(db, hotel, "214")).isEqualTo(1);
        assertThat(race.attempts.get()).as("the second filing lost the insert of the room's row once, then joined")
                .isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRoomWhoseLastStayIsOver_opensOneNewStayForTwoFilings(Database db) throws Exception {
        PropertyId hotel = new PropertyId("h-" + UUID.randomUUID().toString().substring(0, 8));
        // the room had a stay a month ago: its row exists, so the second filing simply waits on it
        db.inTransaction(em -> resolver(em).resolve(hotel, "215", "OLD-1", T.minus(Duration.ofDays(30))));
        Race race = race(db, hotel, new Filing("215", null), new Filing("215", null));
        assertThat(race.second).isEqualTo(race.first);
        assertThat(stays(db, hotel, "215")).isEqualTo(2);
        assertThat(race.attempts.get()).as("no retry needed when the room's row exists").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void otherRoomsDoNotWait(Database db) throws Exception {
        PropertyId hotel = new PropertyId("h-" + UUID.randomUUID().toString().substring(0, 8));
        CountDownLatch firstOpened = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> db.inTransaction(em -> {
                resolver(em).resolve(hotel, "301", null, T);
                firstOpened.countDown();
                await(secondDone); // holds room 301 until the other room's filing is through
            }));
            firstOpened.await();
            Future<?> second = pool.submit(() -> db.inTransaction(em -> resolver(em).resolve(hotel, "302", null, T)));
            second.get(20, java.util.concurrent.TimeUnit.SECONDS);
            secondDone.countDown();
            first.get();
        } finally {
            secondDone.countDown();
            pool.shutdownNow();
        }
        assertThat(stays(db, hotel, "301")).isEqualTo(1);
        assertThat(stays(db, hotel, "302")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void firstFilingsAboutOneReservation_withAndWithoutItsRoom_shareOneStay(Database db) throws Exception {
        PropertyId hotel = new PropertyId("h-" + UUID.randomUUID().toString().substring(0, 8));
        Race race = race(db, hotel, new Filing(null, "R-77"), new Filing("216", "R-77"));
        assertThat(race.second).as("the filing naming the room joins the reservation's stay").isEqualTo(race.first);
        assertThat(stays(db, hotel, "R-77")).isEqualTo(1);

        Race reversed = race(db, hotel, new Filing("217", "R-78"), new Filing(null, "R-78"));
        assertThat(reversed.second).isEqualTo(reversed.first);
        assertThat(stays(db, hotel, "R-78")).isEqualTo(1);
    }

    private record Race(StayId first, StayId second, AtomicInteger attempts) {
    }

    private record Filing(String room, String reservationRef) {
    }

    /** The first filing opens its stay and holds its transaction open while the second files. */
    private static Race race(Database db, PropertyId hotel, Filing one, Filing two) throws Exception {
        CountDownLatch firstOpened = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<StayId> first = pool.submit(() -> {
                StayId[] id = new StayId[1];
                db.inTransaction(em -> {
                    id[0] = resolver(em).resolve(hotel, one.room(), one.reservationRef(), T).orElseThrow();
                    firstOpened.countDown();
                    await(release);
                });
                return id[0];
            });
            firstOpened.await();
            Future<StayId> second = pool.submit(() -> {
                // as the filing service does: a lost race is filed again
                for (;;) {
                    attempts.incrementAndGet();
                    try {
                        StayId[] id = new StayId[1];
                        db.inTransaction(em -> id[0] = resolver(em).resolve(hotel, two.room(), two.reservationRef(),
                                T.plus(Duration.ofMinutes(5))).orElseThrow());
                        return id[0];
                    } catch (RuntimeException e) {
                        if (attempts.get() >= 3 || !new JpaTransientFailures().worthRetrying(e)) {
                            throw e;
                        }
                    }
                }
            });
            assertThat(LockWaits.awaitWaiterOrDone(db, second, Duration.ofSeconds(30)))
                    .as("the second filing waits for the first's hold").isTrue();
            release.countDown();
            return new Race(first.get(), second.get(), attempts);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static StayResolver resolver(jakarta.persistence.EntityManager em) {
        return new StayResolver(new JpaStayRepository(em), Duration.ofHours(12), Duration.ofDays(3));
    }

    /** Stays of the property with this room or this reservation. */
    private static long stays(Database db, PropertyId hotel, String roomOrReservation) {
        return db.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM stay WHERE property_id = ?"
                        + " AND (room = ? OR reservation_ref = ?)")
                .setParameter(1, hotel.value()).setParameter(2, roomOrReservation).setParameter(3, roomOrReservation)
                .getSingleResult()).longValue());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
