package dev.vigil.server.infrastructure.connector;

import dev.vigil.plugin.connector.HealthReport;
import dev.vigil.server.application.connector.PmsConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The PMS connections in {@code /health/ready}: one line per property, from each connection's last
 * exchange (no call is made per probe). Always {@code UP}: a PMS that is down delays links, never
 * filings, so it must not take Vigil out of its load balancer. It never builds the connections itself:
 * probes come while the application deploys, before its configuration may be read.
 */
@Readiness
@ApplicationScoped
public class ConnectorHealthCheck implements HealthCheck {

    @Inject ConfiguredConnections connections;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("pms-connectors").up();
        try {
            for (PmsConnections.Connection c : connections.built()) {
                HealthReport h = c.connector().health();
                builder.withData(c.property().value(), c.system() + " " + h.status() + ": " + h.detail()
                        + " (" + h.checkedAt() + ")");
            }
        } catch (RuntimeException e) {
            builder.withData("error", "connectors not loaded: " + e.getClass().getSimpleName());
        }
        return builder.build();
    }
}
