package dev.vigil.plugin.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * Value object: how one connection to a PMS is doing, for {@code /health/ready}. Its detail must not
 * contain credentials or guest data.
 *
 * @param status the state
 * @param detail a short sentence for an operator: what works, or what to fix
 * @param checkedAt when the state was last learned
 */
public record HealthReport(Status status, String detail, Instant checkedAt) {

    /** The state of a connection. */
    public enum Status {
        /** The last exchange with the PMS worked. */
        UP,
        /** The PMS answered with errors or slowly; calls are being retried. */
        DEGRADED,
        /** The PMS refused the credentials or cannot be reached. */
        DOWN,
        /** No exchange has happened yet. */
        UNKNOWN
    }

    /** Checks that nothing is missing. */
    public HealthReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /**
     * A connection that has not talked to its PMS yet.
     *
     * @param at now
     * @return the report
     */
    public static HealthReport unknown(Instant at) {
        return new HealthReport(Status.UNKNOWN, "not checked yet", at);
    }
}
