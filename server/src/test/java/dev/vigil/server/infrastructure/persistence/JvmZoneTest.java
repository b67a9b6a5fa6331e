package dev.vigil.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.stay.Stay;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationHistory;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaStayRepository;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Times are stored and compared in UTC whatever zone the JVM runs in: here New York, where the hour
 * from 02:00 to 03:00 on 2026-03-08 does not exist locally and the hour from 01:00 to 02:00 on
 * 2026-11-01 happens twice. UTC instants inside those hours must round-trip and be found by window.
 */
class JvmZoneTest {

    private TimeZone before;

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @BeforeEach
    void inNewYork() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    }

    @AfterEach
    void back() {
        TimeZone.setDefault(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void instantsInTheLocalGapAndTheRepeatedHour_roundTripAndAreFoundByWindow(Database db) {
        String platform = db.read(em -> em.unwrap(org.eclipse.persistence.sessions.Session.class).getDatasourcePlatform()
                .getClass().getSimpleName());
        assertThat(platform).as("the provider's platform, in its UTC form").startsWith("Utc");
        for (Instant at : List.of(Instant.parse("2026-03-08T02:30:00Z"), Instant.parse("2026-03-08T07:30:00Z"),
                Instant.parse("2026-11-01T01:30:00Z"), Instant.parse("2026-11-01T05:30:00Z"),
                Instant.parse("2026-11-01T06:30:00Z"))) {
            TenantId tenant = new TenantId("z-" + UUID.randomUUID().toString().substring(0, 8));
            StayId stay = StayId.random();
            Observation o = new Observation(ObservationId.random(), tenant, new PropertyId("hotel-z"),
                    at.atOffset(ZoneOffset.ofHours(-5)), at, new Reporter("maria", StaffRole.HK, "maria"),
                    new ObservedLocation("214", null), null, stay, List.of(new IndicatorCode("ROOM_LINEN_EXCESS")), Set.of(), null);
            db.inTransaction(em -> {
                new JpaStayRepository(em).store(new Stay(stay, new PropertyId("hotel-z"), "214", null, at));
                new JpaObservationRepository(em).store(o);
            });
            Observation read = db.read(em -> new JpaObservationRepository(em).find(tenant, o.id()).orElseThrow());
            assertThat(read.observedAt().toInstant()).as("observed at " + at).isEqualTo(at);
            assertThat(read.receivedAt()).as("received at " + at).isEqualTo(at);
            Stay stored = db.read(em -> new JpaStayRepository(em).find(stay).orElseThrow());
            assertThat(stored.lastSeenAt()).as("stay seen at " + at).isEqualTo(at);
            List<ObservationFact> window = db.read(em -> new JpaObservationHistory(em, tenant).withKey(
                    new SubjectKey(SubjectType.ROOM_STAY, stay.value()), at.minus(Duration.ofMinutes(1)), at.plus(Duration.ofMinutes(1))));
            assertThat(window).as("found by a two-minute window around " + at).extracting(ObservationFact::observedAt)
                    .containsExactly(at);
        }
    }
}
