package dev.vigil.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.connector.JpaPmsStays;
import dev.vigil.server.infrastructure.persistence.jpa.JpaJobLeases;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaRetentionStore;
import dev.vigil.server.testing.LockWaits;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What several servers on one database share, with each server played by its own entity manager and thread: the
 * leases of the nightly purge and of connector polling, the row lock that makes startup's seeding take turns, the
 * retention batches that claim disjoint rows, and the mark that tells every server a PMS changed a stay.
 */
class ClusterWorkTest {

    private static final Instant NOW = Instant.parse("2027-06-01T03:17:00Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLeaseIsOneServersUntilItRunsOut_andOnlyOneOfManyRacingServersTakesIt(Database db) throws Exception {
        String job = "poll:" + UUID.randomUUID();
        ExecutorService servers = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tries.add(servers.submit(() -> {
                    go.await();
                    return db.committed(em -> new JpaJobLeases(em).tryTake(job, NOW, NOW.plus(Duration.ofMinutes(5))));
                }));
            }
            go.countDown();
            int taken = 0;
            for (Future<Boolean> t : tries) {
                taken += t.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(taken).as("one server polls; the others find the lease taken").isEqualTo(1);
        } finally {
            servers.shutdownNow();
        }
        assertThat(take(db, job, NOW.plus(Duration.ofMinutes(4)))).as("not before the lease runs out").isFalse();
        assertThat(take(db, job, NOW.plus(Duration.ofMinutes(5)))).as("once it ran out, the next server takes it").isTrue();
        assertThat(take(db, "retention", NOW)).isTrue();
        assertThat(take(db, "retention", NOW.plus(Duration.ofMinutes(1)))).as("tonight's purge is taken").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void startupSeeding_takesTurns_theSecondServerWaitsUntilTheFirstCommits(Database db) throws Exception {
        ExecutorService servers = Executors.newFixedThreadPool(2);
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> first = servers.submit(() -> db.inTransaction(em -> {
                new JpaJobLeases(em).exclusive("startup");
                firstHolds.countDown();
                await(release);
            }));
            assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = servers.submit(() -> db.inTransaction(em -> new JpaJobLeases(em).exclusive("startup")));
            assertThat(LockWaits.awaitWaiterOrDone(db, second, Duration.ofSeconds(30)))
                    .as("the second server waits on the first one's row").isTrue();
            assertThat(second.isDone()).isFalse();
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            servers.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoPurgesAtOnce_claimDisjointRows_soEachRowIsDeletedAndCountedOnce(Database db) throws Exception {
        TenantId tenant = new TenantId("t-" + UUID.randomUUID().toString().substring(0, 8));
        PropertyId hotel = new PropertyId("h-" + UUID.randomUUID().toString().substring(0, 8));
        Set<String> stored = new HashSet<>();
        db.inTransaction(em -> {
            for (int i = 0; i < 30; i++) {
                stored.add(observation(em, tenant, hotel, NOW.minus(Duration.ofDays(200 + i))));
            }
        });
        ExecutorService servers = Executors.newFixedThreadPool(2);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        int deleted;
        try {
            Future<Integer> first = servers.submit(() -> db.committed(em -> {
                int n = new JpaRetentionStore(em).purgeObservationsOutsideCases(tenant, hotel, NOW.minus(Duration.ofDays(90)), 10);
                firstClaimed.countDown();
                await(release); // holds its ten rows while the second purge runs
                return n;
            }));
            assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Integer> second = servers.submit(() -> db.committed(em -> new JpaRetentionStore(em)
                    .purgeObservationsOutsideCases(tenant, hotel, NOW.minus(Duration.ofDays(90)), 10)));
            int secondDeleted = second.get(30, TimeUnit.SECONDS);
            if (db.name().equals("PostgreSQL")) {
                assertThat(secondDeleted).as("the second purge takes other rows without waiting").isEqualTo(10);
            } else {
                // H2 cuts the batch before it skips the locked rows: the second purge finds nothing this time, and waits for none
                assertThat(secondDeleted).isIn(0, 10);
            }
            release.countDown();
            deleted = first.get(30, TimeUnit.SECONDS) + secondDeleted;
        } finally {
            release.countDown();
            servers.shutdownNow();
        }
        for (int n = -1; n != 0; ) {
            n = db.committed(em -> new JpaRetentionStore(em)
                    .purgeObservationsOutsideCases(tenant, hotel, NOW.minus(Duration.ofDays(90)), 10));
            deleted += n;
        }
        assertThat(deleted).as("every row deleted and counted once").isEqualTo(stored.size());
        long left = db.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM observation WHERE property_id = ?1")
                .setParameter(1, hotel.value()).getSingleResult()).longValue());
        assertThat(left).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPmsChangeMark_isSharedByEveryServer_andOnlyMovesForward(Database db) throws Exception {
        PropertyId hotel = new PropertyId("h-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(changedAt(db, hotel)).isEmpty();
        db.inTransaction(em -> new JpaPmsStays(em).changed(hotel, NOW));
        // a late message from a server whose clock is behind
        db.inTransaction(em -> new JpaPmsStays(em).changed(hotel, NOW.minusSeconds(30)));
        assertThat(changedAt(db, hotel)).contains(NOW);
        db.inTransaction(em -> new JpaPmsStays(em).changed(hotel, NOW.plusSeconds(60)));
        assertThat(changedAt(db, hotel)).contains(NOW.plusSeconds(60));
    }

    private static java.util.Optional<Instant> changedAt(Database db, PropertyId hotel) {
        return db.read(em -> new JpaPmsStays(em).changedAt(hotel));
    }

    private static boolean take(Database db, String job, Instant at) {
        return db.committed(em -> new JpaJobLeases(em).tryTake(job, at, at.plus(Duration.ofMinutes(5))));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String observation(EntityManager em, TenantId tenant, PropertyId hotel, Instant at) {
        Observation o = new Observation(ObservationId.random(), tenant, hotel, at.atOffset(ZoneOffset.UTC), at,
                new Reporter("maria", StaffRole.HK, "maria"), new ObservedLocation("214", null), null, null,
                List.of(new IndicatorCode("ROOM_LINEN_EXCESS")), Set.of(), null);
        new JpaObservationRepository(em).store(o);
        return o.id().value();
    }
}
