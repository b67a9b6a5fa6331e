package dev.vigil.connector.support;

import dev.vigil.plugin.connector.HealthReport;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/** The health of one connection as its calls turn out: the last outcome wins. */
public final class HealthTracker {

    private final Clock clock;
    private final AtomicReference<HealthReport> last;

    /**
     * Starts unknown.
     *
     * @param clock the clock
     */
    public HealthTracker(Clock clock) {
        this.clock = clock;
        this.last = new AtomicReference<>(HealthReport.unknown(clock.instant()));
    }

    /**
     * Records a call that worked.
     *
     * @param detail what worked, e.g. {@code "Mews answered"}
     */
    public void up(String detail) {
        last.set(new HealthReport(HealthReport.Status.UP, detail, clock.instant()));
    }

    /**
     * Records a failure that trying again may cure.
     *
     * @param detail what happened
     */
    public void degraded(String detail) {
        last.set(new HealthReport(HealthReport.Status.DEGRADED, detail, clock.instant()));
    }

    /**
     * Records a failure an operator must look at.
     *
     * @param detail what happened and what to fix
     */
    public void down(String detail) {
        last.set(new HealthReport(HealthReport.Status.DOWN, detail, clock.instant()));
    }

    /**
     * The last outcome.
     *
     * @return the report
     */
    public HealthReport report() {
        return last.get();
    }
}
