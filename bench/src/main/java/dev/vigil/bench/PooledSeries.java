package dev.vigil.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One database and size measured on several independent histories of that size (replicas, each with its own seed
 * and its own database), their samples pooled per series. A size whose history holds fewer properties than
 * {@code --min-properties} gets {@code ceil(minProperties / properties)} replicas, so that the stays it evaluates are
 * drawn from as many hotels as at the large sizes; a size with enough properties has one replica, measured as before.
 */
final class PooledSeries {

    /** The k-th of {@code count} histories of one size, built from {@code seed} (replica 0: the run's own seed). */
    record Replica(int index, int count, long seed) {

        boolean first() {
            return index == 0;
        }

        boolean last() {
            return index == count - 1;
        }

        /** Appended to the database's directory and kept marker: none for replica 0, so its files are the usual ones. */
        String suffix() {
            return index == 0 ? "" : "-r" + index;
        }

        String name() {
            return String.format(Locale.ROOT, "replica %d/%d (seed %d)", index + 1, count, seed);
        }

        /** Prefix of a log line about this replica alone; empty when the size is not pooled. */
        String label() {
            return count == 1 ? "" : name() + ": ";
        }

        /** This replica's share of a pooled number of samples. */
        int share(int total) {
            return (total + count - 1) / count;
        }

        /** This replica's warm-up: a share of the run's, but at least 200 evaluations on each database. */
        int warmup(int total) {
            return count == 1 ? total : Math.max(200, share(total));
        }

        /** This replica's share of a series' time budget. */
        long budgetNanos(int minutes) {
            return java.time.Duration.ofMinutes(minutes).toNanos() / count;
        }
    }

    private final List<Replica> replicas = new ArrayList<>();
    private final Map<String, Percentiles> times = new LinkedHashMap<>();
    private final Map<String, ReadCounts> counts = new LinkedHashMap<>();
    /** Properties and recent stays over all the replicas measured so far. */
    private int properties;
    private long recentStays;

    PooledSeries(int propertiesPerHistory, int minProperties, long seed) {
        int count = (minProperties + propertiesPerHistory - 1) / propertiesPerHistory; // 1 where there are enough
        for (int k = 0; k < count; k++) {
            replicas.add(new Replica(k, count, seed + k));
        }
    }

    List<Replica> replicas() {
        return replicas;
    }

    boolean pooled() {
        return replicas.size() > 1;
    }

    /** What one replica's history holds, for the summary. */
    void history(int properties, int recentStays) {
        this.properties += properties;
        this.recentStays += recentStays;
    }

    /** Adds one replica's samples and read counts of a series to the pool. */
    void add(String series, Percentiles replicaTimes, ReadCounts replicaCounts) {
        times.computeIfAbsent(series, k -> new Percentiles()).addAll(replicaTimes);
        counts.computeIfAbsent(series, k -> new ReadCounts()).merge(replicaCounts);
    }

    interface Row {
        void accept(String series, Percentiles times, ReadCounts counts) throws Exception;
    }

    /** The pooled series, in the order they were first measured. */
    void forEach(Row row) throws Exception {
        for (Map.Entry<String, Percentiles> e : times.entrySet()) {
            row.accept(e.getKey(), e.getValue(), counts.get(e.getKey()));
        }
    }

    /** One line for the report's notes: what the size's rows were pooled over. */
    String summary(String db, long size) {
        Replica last = replicas.get(replicas.size() - 1);
        return String.format(Locale.ROOT, "%s %,d: pooled over %d histories (seeds %d..%d), %,d properties, %,d recent"
                        + " stays in all; each gave a share of the samples of every series", db, size, replicas.size(),
                replicas.get(0).seed(), last.seed(), properties, recentStays);
    }
}
