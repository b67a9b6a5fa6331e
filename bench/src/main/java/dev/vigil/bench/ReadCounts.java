package dev.vigil.bench;

import java.util.Locale;

/** Per-series totals of the benchmark's untimed counting pass: what the engine read, and how long that took. */
final class ReadCounts {
    int workingSet;
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

    void add(CountingHistory h, int matchCount) {
        evaluations++;
        withKey += h.withKeyCalls;
        facts += h.factsRead;
        linkedTo += h.linkedToCalls;
        linked += h.linkedRead;
        markers += h.markerCalls;
        matches += matchCount;
        withKeyNanos += h.withKeyNanos;
        linkedToNanos += h.linkedToNanos;
        markerNanos += h.markerNanos;
        maxFacts = Math.max(maxFacts, h.factsRead);
        maxWithKey = Math.max(maxWithKey, h.withKeyCalls);
        evaluationNanos += h.evaluationNanos;
    }

    String describe() {
        if (evaluations == 0) {
            return "";
        }
        double n = evaluations;
        double ms = (withKeyNanos + linkedToNanos + markerNanos) / 1e6 / n;
        double all = evaluationNanos / 1e6 / n;
        return (workingSet > 0 ? String.format(Locale.ROOT, "working set of %,d stays; ", workingSet) : "")
                + String.format(Locale.ROOT, "per evaluation: %.1f window reads (max %d) returning %.1f facts (max %d),"
                        + " %.1f link reads returning %.1f keys, %.1f marker reads, %.2f matches;"
                        + " the counting pass took %.2f ms an evaluation, %.2f ms (%.0f %%) of it in history reads"
                        + " (window %.0f %%, links %.0f %%, markers %.0f %%), the rest in the engine",
                withKey / n, maxWithKey, facts / n, maxFacts, linkedTo / n, linked / n, markers / n, matches / n, all, ms,
                all == 0 ? 0 : 100 * ms / all, pct(withKeyNanos), pct(linkedToNanos), pct(markerNanos));
    }

    private double pct(long part) {
        long all = withKeyNanos + linkedToNanos + markerNanos;
        return all == 0 ? 0 : 100.0 * part / all;
    }
}
