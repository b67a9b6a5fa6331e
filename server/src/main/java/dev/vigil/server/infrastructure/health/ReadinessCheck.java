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

    @Inject dev.vigil.server.infrastructure.startup.Readiness startup;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        return HealthCheckResponse.named("vigil")
                .status(startup.isReady() && database)
                .withData("startup", startup.isReady() ? "done" : "in progress")
                .withData("database", database ? "up" : "down")
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
