package dev.vigil.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * A poor man's profiler for --profile runs only: samples the stack of the measuring thread every
 * millisecond while a timed evaluation runs, and sorts each sample into where the time goes (the
 * database, EclipseLink, building facts from rows, the engine itself). Sampling stops the measured
 * thread briefly, so the figures of a profiled run are not the benchmark's figures.
 */
final class StackSampler implements AutoCloseable {

    private static final String ENGINE = "dev.vigil.server.domain.service.pattern.";

    private final Thread target;
    private final Thread sampler;
    private volatile boolean active;
    private volatile boolean closed;
    private final Map<String, Integer> categories = new HashMap<>();
    private final Map<String, Integer> enginePaths = new HashMap<>();
    private final Map<String, Integer> engineTops = new HashMap<>();
    private int samples;

    StackSampler(Thread target) {
        this.target = target;
        this.sampler = new Thread(this::loop, "stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void on() {
        active = true;
    }

    void off() {
        active = false;
    }

    private void loop() {
        while (!closed) {
            if (active) {
                StackTraceElement[] stack = target.getStackTrace();
                if (active) {
                    record(stack);
                }
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    private synchronized void record(StackTraceElement[] stack) {
        samples++;
        String category = "other (JDK)";
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.startsWith("org.h2.")) {
                category = "H2 executing queries (in process)";
            } else if (c.startsWith("org.postgresql.")) {
                category = "PostgreSQL driver, incl. waiting for the server";
            } else if (c.startsWith("org.eclipse.persistence.")) {
                category = "EclipseLink (native queries: statements, rows)";
            } else if (c.startsWith("dev.vigil.server.infrastructure.")) {
                category = "JpaObservationHistory (rows to facts)";
            } else if (c.startsWith(ENGINE) || c.startsWith("dev.vigil.server.domain.")) {
                category = "engine CPU (rules, windows, scoring)";
                engineTops.merge(f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName(), 1, Integer::sum);
            } else {
                continue;
            }
            break;
        }
        categories.merge(category, 1, Integer::sum);
        StringBuilder path = new StringBuilder();
        int depth = 0;
        String last = null;
        for (StackTraceElement f : stack) {
            if (f.getClassName().startsWith(ENGINE) && !f.getClassName().contains("$") && !f.getMethodName().startsWith("lambda$")) {
                String name = f.getClassName().substring(ENGINE.length()) + "." + f.getMethodName();
                if (name.equals(last)) {
                    continue;
                }
                path.append(depth == 0 ? "" : " < ").append(name);
                last = name;
                if (++depth == 4) {
                    break;
                }
            }
        }
        if (depth > 0) {
            enginePaths.merge(path.toString(), 1, Integer::sum);
        }
    }

    synchronized String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d samples (1 ms apart) during timed evaluations.%n%nWhere:%n", samples));
        top(categories, 10).forEach(e -> b.append(String.format(Locale.ROOT, "- %.1f %% %s%n", 100.0 * e.getValue() / samples, e.getKey())));
        b.append(String.format(Locale.ROOT, "%nEngine methods at the top of the engine's own samples:%n"));
        top(engineTops, 8).forEach(e -> b.append(String.format(Locale.ROOT, "- %.1f %% %s%n", 100.0 * e.getValue() / samples, e.getKey())));
        b.append(String.format(Locale.ROOT, "%nEngine call paths (innermost first) of all samples:%n"));
        top(enginePaths, 12).forEach(e -> b.append(String.format(Locale.ROOT, "- %.1f %% %s%n", 100.0 * e.getValue() / samples, e.getKey())));
        return b.toString();
    }

    private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).toList();
    }

    @Override
    public void close() {
        closed = true;
    }
}
