package dev.vigil.server.infrastructure.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.application.monitoring.TimerRuns;
import dev.vigil.server.application.retention.RetentionPurge;
import dev.vigil.server.application.retention.RetentionReport;
import dev.vigil.server.testing.DatabaseLeases;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every server's nightly timer fires; over one database the cluster purges once a night, and the servers that left the
 * purge to another still report the job as run (their health does not call it stuck).
 */
class RetentionTimerTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoServersTimers_purgeOnceANight_betweenThem(Database db) {
        Instant night = Instant.parse("2030-01-01T03:17:00Z");
        CountingPurge purge = new CountingPurge();
        RetentionTimer one = server(db, purge, night);
        RetentionTimer two = server(db, purge, night.plusSeconds(2)); // its clock a little late
        release(db); // the "retention" row is shared by every test on this database
        try {
            one.nightly();
            two.nightly();
            assertThat(purge.runs.get()).as("one purge for the cluster tonight").isEqualTo(1);
            assertThat(two.runs.lastRun(TimerRuns.RETENTION)).as("the server that left it to the other").isPresent();

            Instant next = night.plus(Duration.ofDays(1));
            two.clock = Clock.fixed(next, ZoneOffset.UTC);
            one.clock = Clock.fixed(next.plusSeconds(1), ZoneOffset.UTC);
            two.nightly();
            one.nightly();
            assertThat(purge.runs.get()).as("and one the next night").isEqualTo(2);
        } finally {
            release(db);
        }
    }

    private static void release(Database db) {
        db.inTransaction(em -> em.createNativeQuery("UPDATE job_lease SET held_by = NULL, held_until = NULL WHERE name = 'retention'")
                .executeUpdate());
    }

    private static RetentionTimer server(Database db, RetentionPurge purge, Instant at) {
        RetentionTimer timer = new RetentionTimer();
        timer.purge = purge;
        timer.readiness = new Readiness();
        timer.readiness.ready("60", "pack", "rules");
        timer.runs = new TimerRuns();
        timer.clock = Clock.fixed(at, ZoneOffset.UTC);
        timer.leases = new DatabaseLeases(db, "server-at-" + at);
        return timer;
    }

    private static final class CountingPurge extends RetentionPurge {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public RetentionReport runScheduled() {
            runs.incrementAndGet();
            return new RetentionReport(Instant.now(), List.of());
        }
    }
}
