package dev.vigil.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.application.observation.FilingReceipt;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.observation.SubjectToken;
import dev.vigil.server.domain.model.stay.Stay;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.ImmediateAction;
import dev.vigil.server.domain.service.ReporterAdvice.Guidance;
import dev.vigil.server.infrastructure.persistence.jpa.JpaAuditLog;
import dev.vigil.server.infrastructure.persistence.jpa.JpaIdempotencyStore;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaStayRepository;
import dev.vigil.server.infrastructure.persistence.migration.SchemaMigrator;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrations and the JPA mapping, run for real on the embedded H2 and on a PostgreSQL server
 * that the test starts itself on loopback.
 */
class PersistenceTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static void inTransaction(Database db, Consumer<EntityManager> work) {
        db.inTransaction(work);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void observation_roundTrips_withUtcTimeItsOffsetIndicatorsInOrderAndTokens(Database db) {
        PropertyId property = new PropertyId("demo-hotel");
        TenantId tenant = new TenantId("demo-chain");
        StayId stayId = StayId.random();
        ObservationId id = ObservationId.random();
        OffsetDateTime seen = OffsetDateTime.of(2026, 11, 21, 23, 30, 0, 0, ZoneOffset.ofHours(-5));
        inTransaction(db, em -> {
            new JpaStayRepository(em).store(new Stay(stayId, property, "214", "R-1", seen.toInstant()));
            new JpaObservationRepository(em).store(new Observation(id, tenant, property, seen,
                    Instant.parse("2026-11-22T04:31:00Z"), new Reporter("maria", StaffRole.HK, "frontdesk"),
                    new ObservedLocation("214", null), "R-1", stayId,
                    List.of(new IndicatorCode("ROOM_DND_EXTENDED"), new IndicatorCode("CTRL_CONFINED"), new IndicatorCode("BEH_RARELY_LEAVES")),
                    Set.of(new SubjectToken(SubjectKind.VEHICLE, "vehicle:tok1"), new SubjectToken(SubjectKind.PHONE, "phone:tok2")),
                    "v1:cipher"));
        });
        EntityManager em = db.emf().createEntityManager();
        Observation found = new JpaObservationRepository(em).find(tenant, id).orElseThrow();
        assertThat(found.observedAt()).isEqualTo(seen);
        assertThat(found.observedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(found.indicators()).extracting(IndicatorCode::value)
                .containsExactly("ROOM_DND_EXTENDED", "CTRL_CONFINED", "BEH_RARELY_LEAVES");
        assertThat(found.subjects()).extracting(SubjectToken::token).containsExactlyInAnyOrder("vehicle:tok1", "phone:tok2");
        assertThat(found.stay()).contains(stayId);
        assertThat(found.reporter().role()).isEqualTo(StaffRole.HK);
        assertThat(new JpaObservationRepository(em).find(new TenantId("other-chain"), id)).isEmpty();
        em.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void roomLookup_prefersTheStayWithAReservation_withinTheWindow(Database db) {
        PropertyId property = new PropertyId("hotel-" + UUID.randomUUID().toString().substring(0, 8));
        Instant t = Instant.parse("2026-11-20T12:00:00Z");
        inTransaction(db, em -> {
            JpaStayRepository stays = new JpaStayRepository(em);
            stays.store(new Stay(StayId.random(), property, "301", null, t.plus(Duration.ofHours(5))));
            stays.store(new Stay(StayId.random(), property, "301", "R-77", t));
            stays.store(new Stay(StayId.random(), property, "301", "R-OLD", t.minus(Duration.ofDays(9))));
        });
        EntityManager em = db.emf().createEntityManager();
        JpaStayRepository stays = new JpaStayRepository(em);
        assertThat(stays.findLatestForRoom(property, "301", t.minus(Duration.ofHours(72)), t.plus(Duration.ofHours(72)))
                .flatMap(Stay::reservationRef)).contains("R-77");
        assertThat(stays.findByReservation(property, "R-OLD")).isPresent();
        assertThat(stays.findLatestForRoom(property, "302", t.minus(Duration.ofDays(30)), t)).isEmpty();
        em.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void idempotencyRecord_keepsTheReceipt_andASecondRecordForTheSameKeyIsRefused(Database db) {
        String key = "key-" + UUID.randomUUID();
        FilingReceipt receipt = new FilingReceipt(UUID.randomUUID().toString(), Instant.parse("2026-11-22T10:00:00.123Z"), "en",
                List.of(new Guidance("noConfront", "Do not confront anyone.")),
                List.of(new ImmediateAction("CALL_911", "911", "Call 911")), List.of());
        inTransaction(db, em -> new JpaIdempotencyStore(em).remember("demo-chain/frontdesk", key, "fp1", receipt));
        EntityManager em = db.emf().createEntityManager();
        var found = new JpaIdempotencyStore(em).find("demo-chain/frontdesk", key).orElseThrow();
        assertThat(found.fingerprint()).isEqualTo("fp1");
        assertThat(found.receipt()).isEqualTo(receipt);
        assertThat(new JpaIdempotencyStore(em).find("demo-chain/someone-else", key)).isEmpty();
        em.close();
        assertThatThrownBy(() -> inTransaction(db, other -> new JpaIdempotencyStore(other)
                .remember("demo-chain/frontdesk", key, "fp2", receipt))).isInstanceOf(RuntimeException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void auditEntries_areFoundByTarget_oldestFirst(Database db) {
        String target = UUID.randomUUID().toString();
        inTransaction(db, em -> {
            JpaAuditLog log = new JpaAuditLog(em);
            log.append(new AuditEntry(Instant.parse("2026-11-22T10:00:05Z"), "demo-chain", "demo-hotel", "security", "OBSERVATION_READ", "observation", target));
            log.append(new AuditEntry(Instant.parse("2026-11-22T10:00:00Z"), "demo-chain", "demo-hotel", "frontdesk", "OBSERVATION_FILED", "observation", target));
        });
        EntityManager em = db.emf().createEntityManager();
        assertThat(new JpaAuditLog(em).about("observation", target)).extracting(AuditEntry::action)
                .containsExactly("OBSERVATION_FILED", "OBSERVATION_READ");
        em.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migrations_areRecordedAndRerunningThemChangesNothing(Database db) throws Exception {
        assertThat(SchemaMigrator.migrate(db.dataSource())).isEqualTo(TestDatabases.LATEST_SCHEMA);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(migrationFiles());
        }
    }

    /** The versioned migrations shipped, SQL and Java; versions may leave gaps (one reserved for a change not merged yet). */
    private static int migrationFiles() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(SchemaMigrator.class.getResource("/db/migration").toURI()))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count()
                    + SchemaMigrator.JAVA_MIGRATIONS.size();
        }
    }
}
