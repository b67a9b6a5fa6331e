package dev.vigil.server.application.connector;

import java.time.Duration;

/** Outbound port: how long filings wait for the PMS, how long answers are cached, how lookups are retried. */
public interface ConnectorPolicy {

    /** How long a filing waits for its PMS before it is stored and linked later ({@code vigil.connector.filing-wait}). */
    Duration filingWait();

    /** How long a resolved stay is reused ({@code vigil.connector.cache-ttl}). */
    Duration cacheLifetime();

    /** The first wait before a lookup is tried again ({@code vigil.connector.retry-interval}); it doubles up to an hour. */
    Duration retryInterval();

    /** How long pending lookups are tried before they are given up ({@code vigil.connector.retry-for}). */
    Duration retryFor();

    /** How long after departure a stay context is kept ({@code vigil.connector.stay-retention-days}, 90). */
    default java.time.Period stayRetention() {
        return java.time.Period.ofDays(90);
    }

    /** The wait before the given attempt (1 is the first retry): doubling from the interval, at most an hour. */
    default Duration retryDelay(int attempts) {
        Duration d = retryInterval().multipliedBy(1L << Math.min(12, Math.max(0, attempts - 1)));
        return d.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : d;
    }
}
