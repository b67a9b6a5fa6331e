package dev.vigil.server.application.shared;

import java.time.Instant;

/**
 * Outbound port for work that one server of a cluster does at a time, by a named row in the shared database. A
 * lease ({@link #tryTake}) is taken with a compare-and-set and lasts until its time runs out, so a server that dies
 * holding one delays the job but never blocks it; {@link #exclusive} locks the row for the caller's transaction only.
 */
public interface JobLeases {

    /**
     * Takes job {@code job}'s lease until {@code until} when nobody holds it at {@code now}, in a transaction of its
     * own; true when this server now holds it. A job without a row yet gets one.
     */
    boolean tryTake(String job, Instant now, Instant until);

    /** Locks job {@code job}'s row until the caller's transaction ends: the same call on other servers waits. */
    void exclusive(String job);

    /** This server's name in the leases it holds: process id, host and a random part. */
    String holder();
}
