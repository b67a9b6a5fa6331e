package dev.vigil.server.infrastructure.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.plugin.stay.ChannelKind;
import dev.vigil.plugin.stay.PaymentMethodClass;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.stay.StayStatus;
import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.application.connector.PmsLinks;
import dev.vigil.server.application.connector.PmsStays;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.observation.SubjectToken;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationHistory;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationRepository;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the connectors keep (stay contexts, links, the retry and event queues) on the embedded H2 and a real PostgreSQL. */
class PmsPersistenceTest {

    static final TenantId TENANT = new TenantId("demo-chain");
    static final Instant NOW = Instant.parse("2026-05-11T12:00:00Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    static PropertyId property() {
        return new PropertyId("p-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static StayContext stay(String ref, Instant updated, int adults) {
        return StayContext.builder("mews", ref).confirmationNumber("52").status(StayStatus.IN_HOUSE).room("412")
                .dates(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 13)).checkedInOut(Instant.parse("2026-05-10T15:02:00Z"), null)
                .occupancy(adults, 2).childAges(List.of(7, 12)).channel("ChannelManager", ChannelKind.CHANNEL_MANAGER)
                .groupToken("res_group:g1").guestToken("guest:g").companionTokens(List.of("guest:c1", "guest:c2"))
                .bookerToken("payer:b").payerToken("payer:p").paymentMethod(PaymentMethodClass.CARD).updatedAt(updated).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStayContext_roundTrips_andOnlyANewerVersionReplacesIt(Database db) {
        PropertyId property = property();
        StayContext first = stay("R-1", NOW, 2);
        Boolean saved = db.read(em -> {
            em.getTransaction().begin();
            boolean s = new JpaPmsStays(em).save(property, first, NOW);
            em.getTransaction().commit();
            return s;
        });
        assertThat(saved).isTrue();
        db.inTransaction(em -> assertThat(new JpaPmsStays(em).save(property, stay("R-1", NOW.minusSeconds(60), 5), NOW)).isFalse());
        PmsStays.Stored stored = db.read(em -> new JpaPmsStays(em).find(property, "R-1")).orElseThrow();
        assertThat(stored.stay()).isEqualTo(first);
        db.inTransaction(em -> assertThat(new JpaPmsStays(em).save(property, stay("R-1", NOW.plusSeconds(60), 3), NOW)).isTrue());
        PmsStays.Stored newer = db.read(em -> new JpaPmsStays(em).find(property, "R-1")).orElseThrow();
        assertThat(newer.stay().adults()).isEqualTo(3);
        db.inTransaction(em -> new JpaPmsStays(em).removed(property, "R-1", NOW.plusSeconds(120)));
        PmsStays.Stored removed = db.read(em -> new JpaPmsStays(em).find(property, "R-1")).orElseThrow();
        assertThat(removed.removed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keysLinkedLater_areReadByTheEngine_andKeptWithTheObservation(Database db) {
        PropertyId property = property();
        ObservationId id = ObservationId.random();
        OffsetDateTime seen = NOW.atOffset(ZoneOffset.ofHours(-5));
        db.inTransaction(em -> new JpaObservationRepository(em).store(new Observation(id, TENANT, property, seen, NOW,
                new Reporter("maria", StaffRole.HK, "frontdesk"), new ObservedLocation("412", null), "52", null,
                List.of(new IndicatorCode("BEH_RARELY_LEAVES")), Set.of(new SubjectToken(SubjectKind.VEHICLE, "vehicle:v")), null)));
        SubjectKey payer = new SubjectKey(SubjectType.PAYER, "payer:b");
        SubjectKey reservation = new SubjectKey(SubjectType.RESERVATION, "reservation:r");
        db.inTransaction(em -> {
            JpaObservationRepository repo = new JpaObservationRepository(em);
            Observation o = repo.find(TENANT, id).orElseThrow();
            Set<SubjectKey> added = o.linkStay(Set.of(payer, reservation, new SubjectKey(SubjectType.VEHICLE, "vehicle:v")));
            assertThat(added).containsExactlyInAnyOrder(payer, reservation);
            repo.keysLinked(o, added);
        });
        Observation reloaded = db.read(em -> new JpaObservationRepository(em).find(TENANT, id)).orElseThrow();
        assertThat(reloaded.subjectKeys()).contains(payer, reservation);
        List<ObservationFact> facts = db.read(em -> new JpaObservationHistory(em, TENANT).withKey(
                new SubjectKey(SubjectType.VEHICLE, "vehicle:v"), NOW.minusSeconds(3600), NOW.plusSeconds(3600)));
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).keys()).as("the older rows learn the new keys").contains(payer, reservation);
        List<ObservationFact> byPayer = db.read(em -> new JpaObservationHistory(em, TENANT).withKey(payer,
                NOW.minusSeconds(3600), NOW.plusSeconds(3600)));
        assertThat(byPayer).hasSize(1);
        Set<SubjectKey> linked = db.read(em -> new JpaObservationHistory(em, TENANT).linkedTo(payer,
                NOW.minusSeconds(3600), NOW.plusSeconds(3600)));
        assertThat(linked).contains(reservation, new SubjectKey(SubjectType.VEHICLE, "vehicle:v"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPendingLink_isLeasedToOneClaimant_retried_andLinked(Database db) {
        PropertyId property = property();
        ObservationId id = ObservationId.random();
        db.inTransaction(em -> {
            Observation o = new Observation(id, TENANT, property, NOW.atOffset(ZoneOffset.UTC), NOW,
                    new Reporter("maria", StaffRole.HK, "frontdesk"), new ObservedLocation("416", null), "54", null,
                    List.of(new IndicatorCode("BEH_RARELY_LEAVES")), Set.of(), null);
            new JpaObservationRepository(em).store(o);
            new JpaPmsLinks(em).record(o, PmsLinks.State.PENDING, null, NOW, NOW.plusSeconds(30), "Mews cannot be reached");
        });
        List<PmsLinks.Link> early = db.read(em -> claim(em, NOW));
        assertThat(early).isEmpty();
        List<PmsLinks.Link> claimed = db.read(em -> claim(em, NOW.plusSeconds(31)));
        assertThat(claimed).singleElement().satisfies(l -> {
            assertThat(l.filedRef()).isEqualTo("54");
            assertThat(l.room()).isEqualTo("416");
            assertThat(l.state()).isEqualTo(PmsLinks.State.PENDING);
        });
        List<PmsLinks.Link> again = db.read(em -> claim(em, NOW.plusSeconds(32)));
        assertThat(again).as("leased to the first claimant").isEmpty();
        db.inTransaction(em -> new JpaPmsLinks(em).retryLater(id.value(), 1, NOW.plusSeconds(40), "still down"));
        List<PmsLinks.Link> retried = db.read(em -> claim(em, NOW.plusSeconds(41)));
        assertThat(retried).hasSize(1);
        List<PmsLinks.Link> ofReservation = db.read(em -> new JpaPmsLinks(em).ofReservation(property, "guid-54", "54"));
        assertThat(ofReservation).hasSize(1);
        db.inTransaction(em -> new JpaPmsLinks(em).linked(id.value(), "guid-54", NOW.plusSeconds(50)));
        PmsLinks.Link linked = db.read(em -> new JpaPmsLinks(em).find(id.value())).orElseThrow();
        assertThat(linked.state()).isEqualTo(PmsLinks.State.LINKED);
        assertThat(linked.reservationRef()).isEqualTo("guid-54");
        List<PmsLinks.Link> after = db.read(em -> claim(em, NOW.plusSeconds(3600)));
        assertThat(after).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDuplicateEvent_waitsOnce_andAHandledOneIsGone(Database db) {
        PropertyId property = property();
        PmsEvent event = new PmsEvent("ServiceOrderUpdated:R-1", "ServiceOrderUpdated", "R-1", NOW);
        Integer queued = db.read(em -> {
            em.getTransaction().begin();
            int n = new JpaPmsEvents(em).enqueue(property, List.of(event, event), NOW);
            em.getTransaction().commit();
            return n;
        });
        assertThat(queued).isEqualTo(1);
        List<dev.vigil.server.application.connector.PmsEvents.Queued> claimed = db.read(em -> {
            em.getTransaction().begin();
            var c = new JpaPmsEvents(em).claimDue(NOW, NOW.plusSeconds(300), 50);
            em.getTransaction().commit();
            return c;
        });
        assertThat(claimed).filteredOn(q -> q.property().equals(property)).singleElement()
                .satisfies(q -> assertThat(q.event().entityId()).isEqualTo("R-1"));
        claimed.stream().filter(q -> q.property().equals(property))
                .forEach(q -> db.inTransaction(em -> new JpaPmsEvents(em).done(q.id())));
        Integer left = db.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pms_event WHERE property_id = ?")
                .setParameter(1, property.value()).getSingleResult()).intValue());
        assertThat(left).isZero();
    }

    private static List<PmsLinks.Link> claim(jakarta.persistence.EntityManager em, Instant at) {
        em.getTransaction().begin();
        List<PmsLinks.Link> claimed = new JpaPmsLinks(em).claimDue(at, at.plusSeconds(300), 50);
        em.getTransaction().commit();
        return claimed;
    }
}
