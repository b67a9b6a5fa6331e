package dev.vigil.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.application.casefile.CaseBook;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.CasePage;
import dev.vigil.server.domain.model.casefile.CaseQuery;
import dev.vigil.server.domain.model.casefile.CaseStatus;
import dev.vigil.server.domain.model.casefile.Decision;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.casefile.SubjectMarking;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.observation.SubjectToken;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.stay.Stay;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.infrastructure.persistence.jpa.JpaCaseRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationArchive;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationHistory;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaStayRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaSubjectMarkings;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine's reads and the case queue on the embedded H2 and on a real PostgreSQL. */
class CasePersistenceTest {

    private static final Instant T = Instant.parse("2026-11-20T12:00:00Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    /** A tenant of its own per test, so tests on one database never see each other's rows. */
    private static TenantId freshTenant() {
        return new TenantId("t-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Observation observation(TenantId tenant, StayId stay, String room, Instant at, String reporter,
                                           Set<SubjectToken> subjects, String... codes) {
        return new Observation(ObservationId.random(), tenant, new PropertyId("hotel-a"), at.atOffset(ZoneOffset.ofHours(-5)),
                at, new Reporter(reporter, StaffRole.HK, reporter), new ObservedLocation(room, null), null, stay,
                Stream.of(codes).map(IndicatorCode::new).toList(), subjects, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void history_findsAKeysObservationsInAWindow_withCodesInOrderAndAllTheirKeys_andTheLinks(Database db) {
        TenantId tenant = freshTenant();
        StayId stay = StayId.random();
        StayId otherStay = StayId.random();
        SubjectToken payer = new SubjectToken(SubjectKind.PAYER, "payer:P1");
        db.inTransaction(em -> {
            var stays = new JpaStayRepository(em);
            stays.store(new Stay(stay, new PropertyId("hotel-a"), "214", null, T));
            stays.store(new Stay(otherStay, new PropertyId("hotel-a"), "215", null, T));
            var observations = new JpaObservationRepository(em);
            observations.store(observation(tenant, stay, "214", T, "maria", Set.of(payer), "ROOM_LINEN_EXCESS", "CTRL_SPEAKS_FOR"));
            observations.store(observation(tenant, stay, "214", T.plus(Duration.ofHours(30)), "ali", Set.of(), "BOOK_EXTRA_KEYS"));
            observations.store(observation(tenant, otherStay, "215", T.plus(Duration.ofHours(2)), "ali", Set.of(payer), "PAY_THIRD_PARTY"));
            observations.store(observation(tenant, stay, "214", T.plus(Duration.ofDays(10)), "dan", Set.of(), "ROOM_DND_EXTENDED"));
        });
        List<ObservationFact> facts = db.read(em -> new JpaObservationHistory(em, tenant)
                .withKey(new SubjectKey(SubjectType.ROOM_STAY, stay.value()), T.minus(Duration.ofHours(1)), T.plus(Duration.ofHours(72))));
        assertThat(facts).extracting(ObservationFact::reporterId).containsExactly("maria", "ali");
        assertThat(facts.get(0).codes()).extracting(IndicatorCode::value).containsExactly("ROOM_LINEN_EXCESS", "CTRL_SPEAKS_FOR");
        assertThat(facts.get(0).keys()).contains(new SubjectKey(SubjectType.PAYER, "payer:P1"));
        assertThat(facts.get(0).observedAt()).isEqualTo(T);
        assertThat(facts.get(0).room()).isEqualTo("214");

        Set<SubjectKey> linked = db.read(em -> new JpaObservationHistory(em, tenant)
                .linkedTo(new SubjectKey(SubjectType.PAYER, "payer:P1"), T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(1))));
        assertThat(linked).containsExactlyInAnyOrder(new SubjectKey(SubjectType.ROOM_STAY, stay.value()),
                new SubjectKey(SubjectType.ROOM_STAY, otherStay.value()));

        db.inTransaction(em -> new JpaSubjectMarkings(em).store(new SubjectMarking(tenant.value(), null,
                new SubjectKey(SubjectType.ROOM_STAY, otherStay.value()), Marker.EXCLUDED, "staff room", "security", T)));
        Set<SubjectKey> afterExclusion = db.read(em -> new JpaObservationHistory(em, tenant)
                .linkedTo(new SubjectKey(SubjectType.PAYER, "payer:P1"), T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(1))));
        assertThat(afterExclusion).containsExactly(new SubjectKey(SubjectType.ROOM_STAY, stay.value()));
        db.inTransaction(em -> new JpaSubjectMarkings(em).store(new SubjectMarking(tenant.value(), null,
                new SubjectKey(SubjectType.PAYER, "payer:P1"), Marker.GROUP_BLOCK, "conference block", "security", T)));
        db.read(em -> {
            // three observations: the batched reads of codes, keys and markers take their padded shape
            JpaObservationHistory history = new JpaObservationHistory(em, tenant);
            List<ObservationFact> all = history.withKey(new SubjectKey(SubjectType.ROOM_STAY, stay.value()),
                    T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(20)));
            assertThat(all).extracting(ObservationFact::reporterId).containsExactly("maria", "ali", "dan");
            assertThat(all.get(2).codes()).extracting(IndicatorCode::value).containsExactly("ROOM_DND_EXTENDED");
            // the payer is a key of the facts just read: its markers came with them, in one padded query
            assertThat(history.markers(new SubjectKey(SubjectType.PAYER, "payer:P1"))).containsExactly(Marker.GROUP_BLOCK);
            assertThat(history.markers(new SubjectKey(SubjectType.ROOM_STAY, otherStay.value()))).containsExactly(Marker.EXCLUDED);
            return null;
        });
        // the archive (simulation, reporter audit) reads a property's period, with the same facts as the engine's reads
        List<ObservationFact> archived = db.read(em -> new JpaObservationArchive(em)
                .facts(tenant, new PropertyId("hotel-a"), T.minus(Duration.ofHours(1)), T.plus(Duration.ofDays(20)), 100));
        assertThat(archived).extracting(ObservationFact::reporterId).containsExactly("maria", "ali", "ali", "dan");
        assertThat(archived.get(0)).isEqualTo(facts.get(0));
        assertThat(archived.get(1).keys()).containsExactlyInAnyOrder(new SubjectKey(SubjectType.ROOM_STAY, otherStay.value()),
                new SubjectKey(SubjectType.PAYER, "payer:P1"));
        assertThat(archived.get(1).codes()).extracting(IndicatorCode::value).containsExactly("PAY_THIRD_PARTY");

        List<ObservationFact> otherTenant = db.read(em -> new JpaObservationHistory(em, freshTenant())
                .withKey(new SubjectKey(SubjectType.ROOM_STAY, stay.value()), T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(20))));
        assertThat(otherTenant).as("another tenant sees nothing").isEmpty();
    }

    /** A match over one real observation (cases reference observations by foreign key). */
    private static RuleMatch match(jakarta.persistence.EntityManager em, TenantId tenant, String rule, Tier tier,
                                   SubjectKey subject, Set<SubjectKey> keys) {
        Observation o = observation(tenant, null, "100", T, "maria", Set.of(), "PAY_CASH_ONLY");
        new JpaObservationRepository(em).store(o);
        return new RuleMatch(rule, "Rule " + rule, tier, subject, T, T.plus(Duration.ofHours(1)),
                List.of(o.id().value()), 7, Set.of(), keys, Set.of("PAY_CASH_ONLY"), "explanation of " + rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void casesOpenMergeWhenSubjectsLink_andTheQueueSortsFiltersAndPages(Database db) {
        TenantId tenant = freshTenant();
        PropertyId hotel = new PropertyId("hotel-a");
        SubjectKey room = new SubjectKey(SubjectType.ROOM_STAY, UUID.randomUUID().toString());
        SubjectKey vehicle = new SubjectKey(SubjectType.VEHICLE, "vehicle:V1");
        SubjectKey payer = new SubjectKey(SubjectType.PAYER, "payer:P9");
        List<String> ids = new ArrayList<>();
        db.inTransaction(em -> {
            CaseBook book = new CaseBook(new JpaCaseRepository(em));
            ids.add(book.apply(tenant, hotel, List.of(match(em, tenant, "R4", Tier.T2, room, Set.of())), T).orElseThrow().id().value());
            ids.add(book.apply(tenant, hotel, List.of(match(em, tenant, "R9", Tier.T1, vehicle, Set.of(payer))), T.plusSeconds(60)).orElseThrow().id().value());
            for (int i = 0; i < 4; i++) {
                book.apply(tenant, hotel, List.of(match(em, tenant, "BASE", Tier.T1,
                        new SubjectKey(SubjectType.ROOM_STAY, UUID.randomUUID().toString()), Set.of())), T.plusSeconds(120 + i));
            }
        });
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
        // an observation links the room and the payer: the two cases become one, the older keeps it
        db.inTransaction(em -> new CaseBook(new JpaCaseRepository(em))
                .apply(tenant, hotel, List.of(match(em, tenant, "R5", Tier.T3, room, Set.of(payer))), T.plusSeconds(600)));
        CasePage first = db.read(em -> new JpaCaseRepository(em).queue(new CaseQuery(tenant, Set.of(hotel), Set.of(), null, null, 3, null)));
        assertThat(first.cases()).hasSize(3);
        assertThat(first.cases().get(0).id().value()).isEqualTo(ids.get(0));
        assertThat(first.cases().get(0).severity()).isEqualTo(Severity.REPORT);
        assertThat(first.cases().get(0).subjects()).contains(room, vehicle, payer);
        assertThat(first.cases().get(0).matches()).extracting(m -> m.ruleId()).contains("R5", "R4", "R9");
        assertThat(first.cases().get(0).events()).extracting(e -> e.kind().name()).contains("OPENED", "MERGED_IN", "SEVERITY_RAISED");
        assertThat(first.nextCursor()).isNotNull();
        CasePage second = db.read(em -> new JpaCaseRepository(em).queue(new CaseQuery(tenant, Set.of(hotel), Set.of(), null, null, 3, first.nextCursor())));
        assertThat(second.cases()).hasSize(2);
        assertThat(second.nextCursor()).isNull();
        assertThat(second.cases()).extracting(CaseFile::id).doesNotContainAnyElementsOf(first.cases().stream().map(CaseFile::id).toList());
        CaseFile merged = db.read(em -> new JpaCaseRepository(em).find(tenant, new dev.vigil.server.domain.model.casefile.CaseId(ids.get(1))).orElseThrow());
        assertThat(merged.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(merged.mergedInto()).contains(first.cases().get(0).id());

        assertThat(db.read(em -> new JpaCaseRepository(em).queue(new CaseQuery(tenant, Set.of(hotel), Set.of(), Severity.REVIEW, null, 10, null))).cases())
                .hasSize(1);
        db.inTransaction(em -> new JpaCaseRepository(em).find(tenant, new dev.vigil.server.domain.model.casefile.CaseId(ids.get(0))).orElseThrow()
                .decide(Decision.MONITOR, "Discreet checks on each shift", "security", T.plusSeconds(900)));
        assertThat(db.read(em -> new JpaCaseRepository(em).queue(new CaseQuery(tenant, Set.of(hotel), Set.of(CaseStatus.MONITORING), null, null, 10, null))).cases())
                .extracting(c -> c.id().value()).containsExactly(ids.get(0));
        assertThat(db.read(em -> new JpaCaseRepository(em).queue(new CaseQuery(freshTenant(), Set.of(), Set.of(), null, null, 10, null))).cases())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void queueFindsTheCasesOfARoom(Database db) {
        TenantId tenant = freshTenant();
        PropertyId hotel = new PropertyId("hotel-a");
        StayId stay = StayId.random();
        db.inTransaction(em -> {
            new JpaStayRepository(em).store(new Stay(stay, hotel, "512", "R-512", T));
            CaseBook book = new CaseBook(new JpaCaseRepository(em));
            book.apply(tenant, hotel, List.of(match(em, tenant, "R4", Tier.T2, new SubjectKey(SubjectType.ROOM_STAY, stay.value()), Set.of())), T);
            book.apply(tenant, hotel, List.of(match(em, tenant, "BASE", Tier.T1, new SubjectKey(SubjectType.ROOM_STAY, UUID.randomUUID().toString()), Set.of())), T);
        });
        assertThat(db.read(em -> new JpaCaseRepository(em).queue(new CaseQuery(tenant, Set.of(hotel), Set.of(), null, "512", 10, null))).cases())
                .singleElement().satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.REVIEW));
        SubjectKey roomKey = new SubjectKey(SubjectType.ROOM_STAY, stay.value());
        List<CaseFile> recent = db.read(em -> new JpaCaseRepository(em).findActiveWithAny(tenant, hotel, Set.of(roomKey), T.minusSeconds(1)));
        assertThat(recent).hasSize(1);
        List<CaseFile> stale = db.read(em -> new JpaCaseRepository(em).findActiveWithAny(tenant, hotel, Set.of(roomKey), T.plus(Duration.ofDays(1))));
        assertThat(stale).as("a case untouched for longer than the link retention joins nothing").isEmpty();
    }
}
