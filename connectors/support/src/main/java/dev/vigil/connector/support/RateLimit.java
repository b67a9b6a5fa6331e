package dev.vigil.connector.support;

import java.time.Duration;
import java.util.Objects;

/**
 * Value object: at most {@code permits} requests per {@code period}, as a PMS documents its limit and as
 * the setting {@code rate-limit} writes it ({@code 190/PT30S}).
 *
 * @param permits requests allowed in one period
 * @param period the period
 */
public record RateLimit(int permits, Duration period) {

    /** Checks the values. */
    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (permits < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one request per positive period");
        }
    }

    /**
     * Reads {@code <permits>/<ISO-8601 period>}.
     *
     * @param text e.g. {@code 9/PT1S}
     * @return the limit
     * @throws IllegalArgumentException when the text is not in that form
     */
    public static RateLimit parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            return new RateLimit(Integer.parseInt(parts[0].trim()), Duration.parse(parts[1].trim()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("setting 'rate-limit' must read <requests>/<ISO-8601 period>, e.g. 9/PT1S", e);
        }
    }

    /**
     * The time between two requests when they are spread evenly.
     *
     * @return the spacing
     */
    public Duration spacing() {
        return period.dividedBy(permits);
    }

    @Override
    public String toString() {
        return permits + "/" + period;
    }
}
