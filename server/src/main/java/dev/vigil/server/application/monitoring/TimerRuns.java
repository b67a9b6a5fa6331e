package dev.vigil.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** When each background job last ran to its end on this server: the dispatcher, the deadline watch, the purge. */
@ApplicationScoped
public class TimerRuns {

    public static final String DISPATCH = "dispatch";
    public static final String DEADLINES = "deadlines";
    public static final String RETENTION = "retention";

    private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();

    public void ran(String timer, Instant at) {
        lastRun.put(timer, at);
    }

    public Optional<Instant> lastRun(String timer) {
        return Optional.ofNullable(lastRun.get(timer));
    }
}
