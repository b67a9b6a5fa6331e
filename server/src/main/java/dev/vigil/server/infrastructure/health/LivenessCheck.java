package dev.vigil.server.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has headroom: a process close to running out of memory should be restarted. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        boolean headroom = used < rt.maxMemory() * 0.95;
        return HealthCheckResponse.named("memory").status(headroom)
                .withData("usedMiB", used >> 20).withData("maxMiB", rt.maxMemory() >> 20).build();
    }
}
