package dev.vigil.bench;

import java.util.Locale;

/** Per-series totals of the benchmark's untimed counting pass: what the engine read, and how long that took. */
final class ReadCounts {
    /** Stays in the working set read before the series; pooled: in all the pooled working sets. */
    int workingSet;
    /** How many replicas' counts were merged into these (0: counted directly, not pooled). */
    int merged;
    int evaluations;
    long withKey;
    long facts;
    long linkedTo;
    long linked;
    long markers;
    long matches;
    long withKeyNanos;
    long linkedToNanos;
    long markerNanos;
    long maxFacts;
    long maxWithKey;
    long evaluationNanos;

    /** Adds one evaluation's counting pass. */
    void add(CountingHistory h, int matchCount) {
        ReadCounts one = new ReadCounts();
        one.evaluations = 1;
        one.withKey = h.withKeyCalls;
        one.facts = h.factsRead;
        one.linkedTo = h.linkedToCalls;
        one.linked = h.linkedRead;
        one.markers = h.markerCalls;
        one.matches = matchCount;
        one.withKeyNanos = h.withKeyNanos;
        one.linkedToNanos = h.linkedToNanos;
        one.markerNanos = h.markerNanos;
        one.maxFacts = h.factsRead;
        one.maxWithKey = h.withKeyCalls;
        one.evaluationNanos = h.evaluationNanos;
        sum(one);
    }

    /** Adds another replica's counts of the same series. */
    void merge(ReadCounts other) {
        merged++;
        workingSet += other.workingSet;
        sum(other);
    }

    /** The totals summed, the maxima the larger. */
    private void sum(ReadCounts other) {
        evaluations += other.evaluations;
        withKey += other.withKey;
        facts += other.facts;
        linkedTo += other.linkedTo;
        linked += other.linked;
        markers += other.markers;
        matches += other.matches;
        withKeyNanos += other.withKeyNanos;
        linkedToNanos += other.linkedToNanos;
        markerNanos += other.markerNanos;
        maxFacts = Math.max(maxFacts, other.maxFacts);
        maxWithKey = Math.max(maxWithKey, other.maxWithKey);
        evaluationNanos += other.evaluationNanos;
    }

    String describe() {
        if (evaluations == 0) {
            return "";
        }
        double n = evaluations;
        double ms = (withKeyNanos + linkedToNanos + markerNanos) / 1e6 / n;
        double all = evaluationNanos / 1e6 / n;
        return workingSets()
                + String.format(Locale.ROOT, "per evaluation: %.1f window reads (max %d) returning %.1f facts (max %d),"
                        + " %.1f link reads returning %.1f keys, %.1f marker reads, %.2f matches;"
                        + " the counting pass took %.2f ms an evaluation, %.2f ms (%.0f %%) of it in history reads"
                        + " (window %.0f %%, links %.0f %%, markers %.0f %%), the rest in the engine",
                withKey / n, maxWithKey, facts / n, maxFacts, linkedTo / n, linked / n, markers / n, matches / n, all, ms,
                all == 0 ? 0 : 100 * ms / all, pct(withKeyNanos), pct(linkedToNanos), pct(markerNanos));
    }

    private String workingSets() {
        if (workingSet == 0) {
            return "";
        }
        return merged > 1
                ? String.format(Locale.ROOT, "working sets of %,d stays in all (%d histories); ", workingSet, merged)
                : String.format(Locale.ROOT, "working set of %,d stays; ", workingSet);
    }

    private double pct(long part) {
        long all = withKeyNanos + linkedToNanos + markerNanos;
        return all == 0 ? 0 : 100.0 * part / all;
    }
}
