package dev.vigil.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.application.casefile.CaseBook;
import dev.vigil.server.application.notification.CaseAlerts;
import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.infrastructure.persistence.jpa.JpaOutbox;
import dev.vigil.server.testing.TestRoutes;
import dev.vigil.server.application.casefile.DeadlineWatch;
import dev.vigil.server.application.casefile.DeadlineWork;
import dev.vigil.server.domain.model.casefile.CaseActions;
import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.protocol.CaseCircumstances;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.infrastructure.persistence.jpa.JpaAuditLog;
import dev.vigil.server.infrastructure.persistence.jpa.JpaCaseActions;
import dev.vigil.server.infrastructure.persistence.jpa.JpaCaseRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationRepository;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import dev.vigil.server.testing.TestPacks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Overdue protocol actions escalate on schedule, once per repeat interval, on a real database. */
class DeadlineWatchTest {

    private static final Instant T = Instant.parse("2026-11-21T08:00:00Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUnreviewedCase_escalatesToTheManagerAtItsDeadline_thenEveryHour_untilAcknowledged(Database db) {
        TenantId tenant = new TenantId("t-" + UUID.randomUUID().toString().substring(0, 8));
        PropertyId hotel = new PropertyId("hotel-a");
        AtomicReference<String> caseId = new AtomicReference<>();
        db.inTransaction(em -> {
            Observation o = new Observation(ObservationId.random(), tenant, hotel, T.atOffset(ZoneOffset.UTC), T,
                    new Reporter("maria", StaffRole.HK, "maria"), new ObservedLocation("214", null), null, null,
                    List.of(new IndicatorCode("ROOM_LINEN_EXCESS")), Set.of(), null);
            new JpaObservationRepository(em).store(o);
            RuleMatch review = new RuleMatch("R4", "Same room, several observers", Tier.T2,
                    new SubjectKey(SubjectType.ROOM_STAY, UUID.randomUUID().toString()), T, T, List.of(o.id().value()), 8,
                    Set.of(), Set.of(), Set.of("ROOM_LINEN_EXCESS"), "explanation");
            CaseFile c = new CaseBook(new JpaCaseRepository(em), alerts(em)).apply(tenant, hotel, List.of(review), T, Duration.ofDays(90),
                    TestPacks.connecticut().forProperty(hotel), new CaseCircumstances(false, false, false)).orElseThrow();
            caseId.set(c.id().value());
            assertThat(c.actions()).extracting(CaseAction::kind).containsExactly("SECURITY_REVIEW");
        });
        assertThat(notifications(db, caseId.get(), "case.actions_required")).as("the review goes to security and the chain")
                .containsExactlyInAnyOrder(TestRoutes.SECURITY, TestRoutes.CHAIN);
        assertThat(escalate(db, tenant, T.plus(Duration.ofHours(7)))).as("before the 8-hour deadline").isZero();
        assertThat(escalate(db, tenant, T.plus(Duration.ofHours(8)).plusSeconds(30))).isEqualTo(1);
        assertThat(notifications(db, caseId.get(), "case.action_overdue")).as("the overdue review goes to the manager too")
                .containsExactlyInAnyOrder(TestRoutes.MANAGER, TestRoutes.SECURITY, TestRoutes.CHAIN);
        assertThat(escalate(db, tenant, T.plus(Duration.ofHours(8)).plusSeconds(90))).as("not twice within the hour").isZero();
        assertThat(escalate(db, tenant, T.plus(Duration.ofHours(9)).plusSeconds(60))).as("again an hour later").isEqualTo(1);
        CaseFile c = db.read(em -> em.find(CaseFile.class, caseId.get()));
        CaseAction action = c.actions().get(0);
        assertThat(action.state()).isEqualTo(CaseAction.State.OVERDUE);
        assertThat(action.escalations()).isEqualTo(2);
        assertThat(action.escalateTo()).contains("manager");
        assertThat(c.events()).extracting(e -> e.kind().name()).contains("ACTIONS_REQUIRED", "ACTION_OVERDUE");

        db.inTransaction(em -> em.find(CaseFile.class, caseId.get()).acknowledge(action.id(), "security", "Checked the room", T.plus(Duration.ofHours(10))));
        assertThat(escalate(db, tenant, T.plus(Duration.ofHours(20)))).as("acknowledged actions rest").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUnacknowledgedCallTo911GoesOverdueAtOnce_withoutAnEscalationThePackDoesNotGive(Database db) {
        TenantId tenant = new TenantId("t-" + UUID.randomUUID().toString().substring(0, 8));
        String caseId = urgentCase(db, tenant, new PropertyId("hotel-u"));
        assertThat(escalate(db, tenant, T.plusSeconds(30))).as("every URGENT step due now goes overdue").isGreaterThanOrEqualTo(2);
        CaseFile c = db.read(em -> em.find(CaseFile.class, caseId));
        CaseAction call = c.actions().stream().filter(a -> a.kind().equals("CALL_911")).findFirst().orElseThrow();
        assertThat(call.state()).isEqualTo(CaseAction.State.OVERDUE);
        assertThat(call.escalations()).as("the pack names nobody to escalate a 911 call to").isZero();
        assertThat(escalate(db, tenant, T.plus(Duration.ofHours(3)))).as("the call does not go overdue twice")
                .isEqualTo(escalationsDueBy(db, caseId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneActionThatFails_isLoggedAndSkipped_andTheOthersStillEscalate(Database db) {
        TenantId tenant = new TenantId("t-" + UUID.randomUUID().toString().substring(0, 8));
        String caseId = urgentCase(db, tenant, new PropertyId("hotel-f"));
        List<String> pending = db.read(em -> em.find(CaseFile.class, caseId).actions().stream()
                .filter(CaseAction::pending).map(CaseAction::id).toList());
        String broken = pending.get(0);
        int escalated = watch(db, tenant, id -> {
            if (id.equals(broken)) {
                throw new IllegalStateException("a receiver's configuration broke this one");
            }
        }).escalateDue(T.plus(Duration.ofMinutes(10)));
        assertThat(escalated).isEqualTo(pending.size() - 1);
        CaseFile c = db.read(em -> em.find(CaseFile.class, caseId));
        assertThat(c.actions()).filteredOn(a -> a.id().equals(broken)).singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo(CaseAction.State.OPEN));
        assertThat(c.actions()).filteredOn(a -> !a.id().equals(broken)).allSatisfy(a ->
                assertThat(a.state()).isEqualTo(CaseAction.State.OVERDUE));
        assertThat(watch(db, tenant, id -> { }).escalateDue(T.plus(Duration.ofMinutes(11)))).as("tried again on the next run").isEqualTo(1);
    }

    /** A case someone is in danger about: every URGENT step is due at once. */
    private static String urgentCase(Database db, TenantId tenant, PropertyId hotel) {
        AtomicReference<String> caseId = new AtomicReference<>();
        db.inTransaction(em -> {
            Observation o = new Observation(ObservationId.random(), tenant, hotel, T.atOffset(ZoneOffset.UTC), T,
                    new Reporter("maria", StaffRole.HK, "maria"), new ObservedLocation("508", null), null, null,
                    List.of(new IndicatorCode("CTRL_HELP_REQUEST")), Set.of(), null);
            new JpaObservationRepository(em).store(o);
            RuleMatch urgent = new RuleMatch("R1", "Someone in danger", Tier.T4,
                    new SubjectKey(SubjectType.ROOM_STAY, UUID.randomUUID().toString()), T, T, List.of(o.id().value()), 20,
                    Set.of(), Set.of(), Set.of("CTRL_HELP_REQUEST"), "explanation");
            CaseFile c = new CaseBook(new JpaCaseRepository(em), alerts(em)).apply(tenant, hotel, List.of(urgent), T,
                    Duration.ofDays(90), TestPacks.connecticut().forProperty(hotel), new CaseCircumstances(false, false, false))
                    .orElseThrow();
            caseId.set(c.id().value());
        });
        return caseId.get();
    }

    /** How many of the case's steps escalate again by now: those the pack gives a repeat interval. */
    private static int escalationsDueBy(Database db, String caseId) {
        return (int) db.read(em -> em.find(CaseFile.class, caseId).actions().stream()
                .filter(a -> a.pending() && a.escalates()).count()).longValue();
    }

    /** The watch as the server runs it: the due ids read alone, then each action in a transaction of its own. */
    private static int escalate(Database db, TenantId tenant, Instant now) {
        return watch(db, tenant, id -> { }).escalateDue(now);
    }

    /** The watch over one test's tenant: the databases are shared by every test of the run. */
    private static DeadlineWatch watch(Database db, TenantId tenant, java.util.function.Consumer<String> beforeEach) {
        CaseActions ids = new CaseActions() {
            @Override
            public List<String> dueIds(Instant at, int max) {
                return db.read(em -> new JpaCaseActions(em).dueIds(at, 10_000).stream()
                        .filter(id -> em.find(CaseAction.class, id).caseFile().tenant().equals(tenant)).limit(max).toList());
            }

            @Override
            public java.util.Optional<CaseAction> lockIfDue(String id, Instant at) {
                throw new UnsupportedOperationException("each action is locked in its own transaction");
            }

            @Override
            public long countOverdue(Instant at) {
                return db.read(em -> new JpaCaseActions(em).countOverdue(at));
            }
        };
        return new DeadlineWatch(ids, (id, at) -> {
            boolean[] done = new boolean[1];
            db.inTransaction(em -> {
                beforeEach.accept(id);
                done[0] = new DeadlineWork(new JpaCaseActions(em), new JpaAuditLog(em), alerts(em)).escalate(id, at);
            });
            return done[0];
        });
    }

    static CaseAlerts alerts(jakarta.persistence.EntityManager em) {
        return new CaseAlerts(new JpaOutbox(em), new TestRoutes(), new NoProperties(), TestPacks.connecticut(), TestPacks.alertWording());
    }

    private static List<String> notifications(Database db, String caseId, String event) {
        return db.read(em -> em.createQuery("SELECT n FROM Notification n WHERE n.caseId = :c AND n.event = :e", Notification.class)
                .setParameter("c", caseId).setParameter("e", event).getResultList().stream().map(n -> n.route().toString()).toList());
    }

    /** Properties unknown to the directory are named by their id. */
    static final class NoProperties implements PropertyDirectory {
        @Override
        public java.util.Optional<Property> find(PropertyId id) {
            return java.util.Optional.empty();
        }

        @Override
        public List<Property> all() {
            return List.of();
        }
    }
}
