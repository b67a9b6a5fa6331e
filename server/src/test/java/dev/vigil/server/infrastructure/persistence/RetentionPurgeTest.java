package dev.vigil.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.application.retention.RetentionBatches;
import dev.vigil.server.application.retention.RetentionPurge;
import dev.vigil.server.application.retention.RetentionReport;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.Decision;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.stay.Stay;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.infrastructure.persistence.jpa.JpaAuditLog;
import dev.vigil.server.infrastructure.persistence.jpa.JpaCaseRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaOutbox;
import dev.vigil.server.infrastructure.persistence.jpa.JpaRetentionStore;
import dev.vigil.server.infrastructure.persistence.jpa.JpaStayRepository;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import dev.vigil.server.testing.TestPacks;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Connecticut retention on a real database: observations in no case go after 90 days, stay
 * context not before the 183-day floor and only when no observation needs it, closed cases after
 * 730 days with what was merged into them; the audit trail gets counts only.
 */
class RetentionPurgeTest {

    private static final Instant NOW = Instant.parse("2027-06-01T03:17:00Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void purgesWhatTheProtocolLetsGo_andKeepsWhatTheFloorProtects(Database db) {
        TenantId tenant = new TenantId("t-" + UUID.randomUUID().toString().substring(0, 8));
        PropertyId hotel = new PropertyId("h-" + UUID.randomUUID().toString().substring(0, 8));
        Map<String, String> ids = new java.util.HashMap<>();
        db.inTransaction(em -> {
            ids.put("recentStay", stay(em, hotel, days(100)));        // past 90 days, within the 183-day floor
            ids.put("oldStay", stay(em, hotel, days(200)));           // past the floor, no case
            ids.put("caseStay", stay(em, hotel, days(400)));          // past the floor, but an open case needs it
            ids.put("closedStay", stay(em, hotel, days(800)));        // past the floor, its case closed long ago
            ids.put("a", observation(em, tenant, hotel, days(100), ids.get("recentStay")));
            ids.put("b", observation(em, tenant, hotel, days(30), null));
            ids.put("c", observation(em, tenant, hotel, days(200), ids.get("oldStay")));
            ids.put("d", observation(em, tenant, hotel, days(400), ids.get("caseStay")));
            ids.put("f", observation(em, tenant, hotel, days(800), ids.get("closedStay")));
            ids.put("g", observation(em, tenant, hotel, days(801), null));
            ids.put("h", observation(em, tenant, hotel, days(120), null));
        });
        db.inTransaction(em -> {
            JpaCaseRepository cases = new JpaCaseRepository(em);
            CaseFile open = open(tenant, hotel, ids.get("d"), days(400));
            CaseFile closed = open(tenant, hotel, ids.get("f"), days(800));
            CaseFile merged = open(tenant, hotel, ids.get("g"), days(801));
            CaseFile dismissed = open(tenant, hotel, ids.get("h"), days(120));
            closed.merge(merged, days(800));
            closed.decide(Decision.CLOSE, "Reported to the hotline; nothing further", "security", days(790));
            dismissed.decide(Decision.DISMISS, "A family reunion; explained", "security", days(100));
            Stream.of(open, closed, merged, dismissed).forEach(cases::store);
            new JpaOutbox(em).add(new Notification(tenant.value(), hotel.value(), closed.id().value(), "case.actions_required",
                    Route.parse("log:security"), "s", "t", "{}", days(800)));
            ids.put("open", open.id().value());
            ids.put("closed", closed.id().value());
            ids.put("merged", merged.id().value());
            ids.put("dismissed", dismissed.id().value());
        });

        db.inTransaction(em -> {
            remember(em, tenant, "key-a", ids.get("a"), days(100));   // goes with observation a
            remember(em, tenant, "key-b", ids.get("b"), days(30));    // its observation stays, and so does it
            remember(em, tenant, "key-d", ids.get("d"), days(95));    // older than any retry could be filed
        });

        RetentionReport report = purge(db, tenant, hotel);

        RetentionReport.PropertyPurge counts = report.properties().get(0);
        assertThat(counts.cases()).as("the closed case and the one merged into it").isEqualTo(2);
        assertThat(counts.observations()).as("a, c, and f and g once their case went").isEqualTo(4);
        assertThat(counts.stays()).as("the stays past the floor that nothing needs").isEqualTo(2);
        assertThat(counts.staysBefore()).isEqualTo(NOW.minus(Duration.ofDays(183)));

        assertThat(exists(db, "observation", ids.get("a"))).isFalse();
        assertThat(exists(db, "observation", ids.get("b"))).as("within 90 days").isTrue();
        assertThat(exists(db, "observation", ids.get("c"))).isFalse();
        assertThat(exists(db, "observation", ids.get("d"))).as("in an open case").isTrue();
        assertThat(exists(db, "observation", ids.get("h"))).as("in a case dismissed 100 days ago").isTrue();
        assertThat(exists(db, "stay", ids.get("recentStay"))).as("protected by the 183-day floor").isTrue();
        assertThat(exists(db, "stay", ids.get("oldStay"))).isFalse();
        assertThat(exists(db, "stay", ids.get("caseStay"))).as("an open case's observation needs it").isTrue();
        assertThat(exists(db, "stay", ids.get("closedStay"))).isFalse();
        assertThat(exists(db, "case_file", ids.get("open"))).isTrue();
        assertThat(exists(db, "case_file", ids.get("dismissed"))).isTrue();
        assertThat(exists(db, "case_file", ids.get("closed"))).isFalse();
        assertThat(exists(db, "case_file", ids.get("merged"))).isFalse();
        assertThat(count(db, "SELECT COUNT(*) FROM notification WHERE case_id = ?1", ids.get("closed"))).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM observation_key WHERE observation_id = ?1", ids.get("a"))).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM idempotency_record WHERE observation_id = ?1", ids.get("a")))
                .as("the answer to a filing goes with the observation").isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM idempotency_record WHERE observation_id = ?1", ids.get("b"))).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM idempotency_record WHERE observation_id = ?1", ids.get("d")))
                .as("older than the observation window and a day").isZero();
        assertThat(report.idempotencyRecordsBefore()).isEqualTo(NOW.minus(Duration.ofDays(91)));
        Optional<CaseFile> kept = db.read(em -> new JpaCaseRepository(em).find(tenant,
                new dev.vigil.server.domain.model.casefile.CaseId(ids.get("open"))));
        assertThat(kept).as("what stays still reads").isPresent();

        List<dev.vigil.server.domain.model.audit.AuditEntry> audit = db.read(em -> em.createQuery(
                "SELECT a FROM AuditEntry a WHERE a.action = 'RETENTION_PURGE' AND a.tenantId = :t",
                dev.vigil.server.domain.model.audit.AuditEntry.class).setParameter("t", tenant.value()).getResultList());
        assertThat(audit).extracting(a -> a.targetType() + "=" + a.targetId())
                .containsExactlyInAnyOrder("cases=2", "observations=4", "stays=2");

        RetentionReport again = purge(db, tenant, hotel);
        assertThat(again.total()).as("a second run finds nothing").isZero();
    }

    private static RetentionReport purge(Database db, TenantId tenant, PropertyId hotel) {
        RetentionReport[] out = new RetentionReport[1];
        db.inTransaction(em -> {
            RetentionBatches batches = new RetentionBatches(new JpaRetentionStore(em), new JpaAuditLog(em));
            out[0] = new RetentionPurge(batches, new OneProperty(tenant, hotel), TestPacks.connecticut(),
                    Clock.fixed(NOW, ZoneOffset.UTC)).runScheduled();
        });
        return out[0];
    }

    /** An idempotency record as a filing at {@code at} leaves it, through the store and a clock at that time. */
    private static void remember(EntityManager em, TenantId tenant, String key, String observationId, Instant at) {
        new dev.vigil.server.infrastructure.persistence.jpa.JpaIdempotencyStore(em, Clock.fixed(at, ZoneOffset.UTC))
                .remember(tenant.value() + "/maria", key, "fp-" + key, new dev.vigil.server.application.observation.FilingReceipt(
                        observationId, at, "en", List.of(), List.of(), List.of()));
    }

    private static Instant days(int ago) {
        return NOW.minus(Duration.ofDays(ago));
    }

    private static String stay(EntityManager em, PropertyId hotel, Instant seen) {
        Stay s = new Stay(StayId.random(), hotel, "214", null, seen);
        new JpaStayRepository(em).store(s);
        return s.id().value();
    }

    private static String observation(EntityManager em, TenantId tenant, PropertyId hotel, Instant at, String stay) {
        Observation o = new Observation(ObservationId.random(), tenant, hotel, at.atOffset(ZoneOffset.UTC), at,
                new Reporter("maria", StaffRole.HK, "maria"), new ObservedLocation("214", null), null,
                stay == null ? null : new StayId(stay), List.of(new IndicatorCode("ROOM_LINEN_EXCESS")), Set.of(), null);
        new JpaObservationRepository(em).store(o);
        return o.id().value();
    }

    private static CaseFile open(TenantId tenant, PropertyId hotel, String observation, Instant at) {
        SubjectKey key = new SubjectKey(SubjectType.ROOM_STAY, UUID.randomUUID().toString());
        RuleMatch match = new RuleMatch("R4", "Same room, several observers", Tier.T2, key, at, at, List.of(observation), 8,
                Set.of(), Set.of(), Set.of("ROOM_LINEN_EXCESS"), "explanation");
        return CaseFile.open(tenant, hotel, List.of(match), Set.of(key), at);
    }

    private static boolean exists(Database db, String table, String id) {
        return count(db, "SELECT COUNT(*) FROM " + table + " WHERE id = ?1", id) > 0;
    }

    private static long count(Database db, String sql, String id) {
        return db.read(em -> ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }

    record OneProperty(TenantId tenant, PropertyId id) implements PropertyDirectory {
        @Override
        public Optional<Property> find(PropertyId property) {
            return all().stream().filter(p -> p.id().equals(property)).findFirst();
        }

        @Override
        public List<Property> all() {
            return List.of(new Property(id, tenant, null, null));
        }
    }
}
