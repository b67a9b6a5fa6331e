package dev.vigil.server.application.shared;

/** Outbound port that tells a lost race (a version, a lock, a racing insert) from a real failure. */
public interface TransientFailures {

    /** True when doing the same work again, in a new transaction, may succeed. */
    boolean worthRetrying(Throwable failure);
}
