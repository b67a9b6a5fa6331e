package dev.vigil.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.stay.Stay;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.infrastructure.persistence.jpa.JpaStayRepository;
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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two filings about one stay take turns: the second waits on the first's hold and then sees what the
 * first wrote, instead of racing it with a stale copy.
 */
class StayHoldTest {

    private static final Instant T = Instant.parse("2026-11-22T14:00:00Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSecondFilingWaitsForTheFirst_andSeesWhatItWrote(Database db) throws Exception {
        PropertyId hotel = new PropertyId("h-" + UUID.randomUUID().toString().substring(0, 8));
        StayId id = StayId.firstSeenAt(T);
        db.inTransaction(em -> new JpaStayRepository(em).store(new Stay(id, hotel, "214", "R-1", T)));
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> db.inTransaction(em -> {
                JpaStayRepository stays = new JpaStayRepository(em);
                Stay stay = stays.find(id).orElseThrow();
                stays.hold(stay);
                firstHolds.countDown();
                await(release);
                stay.seen(T.plus(Duration.ofHours(2)), "214", "R-1");
            }));
            firstHolds.await();
            Future<Instant> second = pool.submit(() -> {
                Instant[] seen = new Instant[1];
                db.inTransaction(em -> {
                    JpaStayRepository stays = new JpaStayRepository(em);
                    Stay stay = stays.find(id).orElseThrow(); // read before the first commits
                    stays.hold(stay);
                    seen[0] = stay.lastSeenAt();
                });
                return seen[0];
            });
            assertThat(LockWaits.awaitWaiterOrDone(db, second, Duration.ofSeconds(30))).as("the second waits on the hold").isTrue();
            release.countDown();
            first.get();
            assertThat(second.get()).as("the held stay, read again after the first filing").isEqualTo(T.plus(Duration.ofHours(2)));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
