package dev.vigil.server.infrastructure.health;


import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when startup finished and the database answers now. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/vigil")
    DataSource dataSource;

    /** The dispatcher runs every ten seconds; this long without a run means notifications are stuck on this server. */
    static final java.time.Duration DISPATCHER_SILENT = java.time.Duration.ofMinutes(2);

    @Inject dev.vigil.server.infrastructure.startup.Readiness startup;
    @Inject dev.vigil.server.application.monitoring.TimerRuns runs;
    @Inject java.time.Clock clock;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        java.time.Instant now = clock.instant();
        java.util.Optional<java.time.Instant> dispatched = runs.lastRun(dev.vigil.server.application.monitoring.TimerRuns.DISPATCH);
        // a server that started long enough ago for the dispatcher to have run, and whose dispatcher has not, is not ready
        boolean dispatcherStuck = startup.readySince().filter(t -> t.plus(DISPATCHER_SILENT).isBefore(now)).isPresent()
                && dispatched.filter(t -> t.plus(DISPATCHER_SILENT).isAfter(now)).isEmpty();
        return HealthCheckResponse.named("vigil")
                .status(startup.isReady() && database && !dispatcherStuck)
                .withData("startup", startup.isReady() ? "done" : "in progress")
                .withData("database", database ? "up" : "down")
                .withData("dispatcher", dispatched.map(t -> "last ran " + java.time.Duration.between(t, now).toSeconds() + " s ago"
                        + (dispatcherStuck ? ": not running" : "")).orElse(dispatcherStuck ? "has not run" : "not run yet"))
                .withData("schema", startup.schemaVersion())
                .withData("indicatorPack", startup.packVersion())
                .withData("rulePack", startup.rulesVersion())
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
