package dev.vigil.server.infrastructure.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationHistory;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Blank;
import dev.vigil.server.testing.TestDatabases.Database;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Observations filed before version 7 are read by the engine as they were, on both databases. */
class WindowFactsMigrationTest {

    private static final Instant T = Instant.parse("2026-06-01T22:00:00Z");
    private static final TenantId TENANT = new TenantId("chain-a");

    static Stream<Blank> databases() {
        return TestDatabases.blank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keyRowsOfEarlierObservations_carryTheirFacts_andWindowAndLinkReadsFindThem(Blank blank) throws Exception {
        Flyway.configure(SchemaMigrator.class.getClassLoader()).dataSource(blank.dataSource())
                .locations("classpath:db/migration").javaMigrations(SchemaMigrator.JAVA_MIGRATIONS.toArray(
                        org.flywaydb.core.api.migration.JavaMigration[]::new))
                .target("6").load().migrate();
        try (Connection c = blank.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO stay (id, property_id, room, reservation_ref, first_seen_at, last_seen_at, version)"
                    + " VALUES ('stay-214', 'hotel-a', '214', NULL, " + at(T) + ", " + at(T) + ", 1)");
            observation(s, "obs-1", T, "maria", "HK", "214", null, "'stay-214'", List.of("ROOM_LINEN_EXCESS", "CTRL_SPEAKS_FOR"));
            key(s, "obs-1", "ROOM_STAY", "stay-214", T);
            key(s, "obs-1", "PAYER", "payer:P1", T);
            Instant later = T.plus(Duration.ofHours(3));
            observation(s, "obs-2", later, "ali", "SEC", null, "pool\\deck\nnorth", "NULL", List.of("VIS_SHORT_VISIT"));
            key(s, "obs-2", "AREA", "hotel-a:pool\\deck\nnorth", later);
            key(s, "obs-2", "PAYER", "payer:P1", later);
            observation(s, "obs-3", later, "dan", "FD", "215", null, "NULL", List.of("PAY_CASH_ONLY")); // no key
        }

        Database db = blank.migrated();
        try {
            SubjectKey payer = new SubjectKey(SubjectType.PAYER, "payer:P1");
            SubjectKey area = new SubjectKey(SubjectType.AREA, "hotel-a:pool\\deck\nnorth");
            SubjectKey stay = new SubjectKey(SubjectType.ROOM_STAY, "stay-214");
            List<ObservationFact> facts = db.read(em -> new JpaObservationHistory(em, TENANT)
                    .withKey(payer, T.minus(Duration.ofHours(1)), T.plus(Duration.ofDays(1))));
            assertThat(facts).extracting(ObservationFact::id).containsExactly("obs-1", "obs-2");
            ObservationFact first = facts.get(0);
            assertThat(first.codes()).extracting(IndicatorCode::value).containsExactly("ROOM_LINEN_EXCESS", "CTRL_SPEAKS_FOR");
            assertThat(first.keys()).containsExactlyInAnyOrder(stay, payer);
            assertThat(first.reporterId()).isEqualTo("maria");
            assertThat(first.role()).isEqualTo(StaffRole.HK);
            assertThat(first.room()).isEqualTo("214");
            assertThat(first.observedAt()).isEqualTo(T);
            ObservationFact second = facts.get(1);
            assertThat(second.keys()).containsExactlyInAnyOrder(area, payer);
            assertThat(second.area()).isEqualTo("pool\\deck\nnorth");
            assertThat(second.room()).isNull();

            Set<SubjectKey> linked = db.read(em -> new JpaObservationHistory(em, TENANT)
                    .linkedTo(payer, T.minus(Duration.ofHours(1)), T.plus(Duration.ofDays(1))));
            assertThat(linked).as("an area never links").containsExactly(stay);
            List<ObservationFact> inArea = db.read(em -> new JpaObservationHistory(em, TENANT)
                    .withKey(area, T, T.plus(Duration.ofDays(1))));
            assertThat(inArea).extracting(ObservationFact::id).containsExactly("obs-2");
        } finally {
            db.emf().close();
        }
    }

    private static void observation(Statement s, String id, Instant at, String reporter, String role, String room,
                                    String area, String stayId, List<String> codes) throws Exception {
        s.execute("INSERT INTO observation (id, tenant_id, property_id, observed_at, observed_offset_seconds, received_at,"
                + " reporter_id, reporter_role, filed_by, room, area, reservation_ref, stay_id, note_ciphertext) VALUES ('"
                + id + "', 'chain-a', 'hotel-a', " + at(at) + ", -14400, " + at(at) + ", '" + reporter + "', '" + role
                + "', '" + reporter + "', " + text(room) + ", " + text(area) + ", NULL, " + stayId + ", NULL)");
        for (int i = 0; i < codes.size(); i++) {
            s.execute("INSERT INTO observation_indicator (observation_id, ordinal, code) VALUES ('" + id + "', " + i
                    + ", '" + codes.get(i) + "')");
        }
    }

    private static void key(Statement s, String id, String type, String value, Instant at) throws Exception {
        s.execute("INSERT INTO observation_key (observation_id, key_type, key_value, tenant_id, property_id, observed_at)"
                + " VALUES ('" + id + "', '" + type + "', " + text(value) + ", 'chain-a', 'hotel-a', " + at(at) + ")");
    }

    /** A string literal; a line break goes in as CHAR(10), which both databases know. */
    private static String text(String value) {
        if (value == null) {
            return "NULL";
        }
        return "'" + value.replace("'", "''").replace("\n", "' || CHR(10) || '") + "'";
    }

    private static String at(Instant instant) {
        return "TIMESTAMP '" + Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "'";
    }
}
