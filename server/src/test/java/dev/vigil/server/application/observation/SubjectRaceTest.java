package dev.vigil.server.application.observation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.application.casefile.CaseBook;
import dev.vigil.server.application.notification.CaseAlerts;
import dev.vigil.server.application.pattern.PatternEvaluation;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.infrastructure.persistence.jpa.JpaAuditLog;
import dev.vigil.server.infrastructure.persistence.jpa.JpaCaseRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaIdempotencyStore;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationHistory;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaOutbox;
import dev.vigil.server.infrastructure.persistence.jpa.JpaStayRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaSubjectHolds;
import dev.vigil.server.infrastructure.persistence.jpa.JpaTransientFailures;
import dev.vigil.server.testing.LockWaits;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import dev.vigil.server.testing.TestPacks;
import dev.vigil.server.testing.TestRoutes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
 * Two filings at the same moment about different rooms that share a payer: the second waits for the
 * first's hold on the payer, then sees its observation and its case, so they end in one case at the
 * combined severity instead of two cases that each miss the other room.
 */
class SubjectRaceTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoFilingsAtOneMomentAboutRoomsSharingAPayer_endInOneCase(Database db) throws Exception {
        PropertyId hotel = new PropertyId("race-" + UUID.randomUUID().toString().substring(0, 8));
        FilingFixture.Filing first = filing(hotel, "maria", "101", "ROOM_IDS_MANY_NAMES");
        FilingFixture.Filing second = filing(hotel, "dan", "102", "ROOM_SEX_SUPPLIES_BULK");

        boolean waited;
        CountDownLatch firstFiled = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = pool.submit(() -> db.inTransaction(em -> {
                transaction(em, hotel).file(first.command());
                firstFiled.countDown(); // evaluated, its case written, not yet committed
                await(release);
            }));
            assertThat(firstFiled.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> two = pool.submit(() -> fileWithRetries(db, hotel, second));
            waited = LockWaits.awaitWaiterOrDone(db, two, Duration.ofSeconds(30));
            release.countDown();
            one.get(30, TimeUnit.SECONDS);
            two.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        List<CaseFile> live = db.read(em -> em.createQuery("SELECT c FROM CaseFile c WHERE c.propertyId = :p"
                + " AND c.mergedInto IS NULL", CaseFile.class).setParameter("p", hotel.value()).getResultList());
        assertThat(live).as("one case for both rooms").hasSize(1);
        CaseFile c = live.get(0);
        assertThat(c.observationIds()).hasSize(2);
        assertThat(c.subjects()).filteredOn(k -> k.type().name().equals("ROOM_STAY")).hasSize(2);
        assertThat(c.subjects()).filteredOn(k -> k.type().name().equals("PAYER")).hasSize(1);
        assertThat(waited).as("the second filing waited for the first's hold on the payer").isTrue();
    }

    private static void fileWithRetries(Database db, PropertyId hotel, FilingFixture.Filing filing) {
        for (int attempt = 1; ; attempt++) {
            try {
                db.inTransaction(em -> transaction(em, hotel).file(filing.command()));
                return;
            } catch (RuntimeException e) {
                // as the filing service does: a lost race (the payer's slot inserted by the other) is filed again
                if (attempt >= 5 || !new JpaTransientFailures().worthRetrying(e)) {
                    throw e;
                }
            }
        }
    }

    private static FilingFixture.Filing filing(PropertyId hotel, String who, String room, String code) {
        Caller staff = new Caller(who, Set.of(AppRole.STAFF), FilingFixture.DEMO_CHAIN, hotel, EnumSet.allOf(StaffRole.class));
        FilingFixture.Filing f = FilingFixture.filing().by(staff).role("HK").room(room, null).indicators(code)
                .subject(SubjectKind.PAYER, "card 4111-" + hotel.value());
        f.propertyId = hotel.value();
        return f;
    }

    /** The filing transaction over one entity manager, with the real stores, holds and engine reads. */
    private static FilingTransaction transaction(EntityManager em, PropertyId hotel) {
        FilingFixture fx = new FilingFixture();
        PropertyDirectory directory = new PropertyDirectory() {
            @Override
            public Optional<Property> find(PropertyId id) {
                return id.equals(hotel) ? Optional.of(new Property(hotel, FilingFixture.DEMO_CHAIN, "Race Inn",
                        ZoneId.of("America/New_York"))) : Optional.empty();
            }

            @Override
            public List<Property> all() {
                return List.of(find(hotel).orElseThrow());
            }
        };
        FilingTransaction tx = new FilingTransaction();
        tx.packs = TestPacks::defaultPack;
        tx.settings = new FilingFixture.FixedSettings();
        tx.properties = directory;
        tx.observations = new JpaObservationRepository(em);
        tx.stays = new JpaStayRepository(em);
        tx.idempotency = new JpaIdempotencyStore(em);
        tx.pseudonymizer = fx.pseudonymizer;
        tx.notes = fx.notes;
        tx.audit = new JpaAuditLog(em);
        tx.clock = Clock.fixed(FilingFixture.NOW, ZoneOffset.UTC);
        tx.noteLinter = FilingFixture::bundledLinter;
        tx.patterns = new PatternEvaluation(TestPacks::defaultPack, TestPacks::defaultRules,
                (tenant, property) -> new JpaObservationHistory(em, tenant, property),
                new CaseBook(new JpaCaseRepository(em), new CaseAlerts(new JpaOutbox(em), new TestRoutes(), directory,
                        TestPacks.connecticut(), TestPacks.alertWording())), TestPacks.connecticut(), new JpaSubjectHolds(em),
                TestPacks::messages);
        return tx;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
