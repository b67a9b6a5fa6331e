package dev.vigil.bench;

import dev.vigil.bench.PooledSeries.Replica;
import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.application.casefile.CaseBook;
import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.observation.SubjectToken;
import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.domain.model.stay.Stay;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.PatternEngine;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.infrastructure.packs.IndicatorPackLoader;
import dev.vigil.server.infrastructure.packs.RulePackLoader;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationHistory;
import dev.vigil.server.infrastructure.persistence.jpa.JpaObservationRepository;
import dev.vigil.server.infrastructure.persistence.jpa.JpaStayRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Benchmark of the pattern engine and the case list. For each database and each number of stored
 * observations: a fresh database migrated by the server's migrations, a synthetic history bulk-loaded
 * with plain JDBC (the indexes the load does not need are dropped first and recreated after; the schema
 * is then checked against the migrated one), then timed evaluations of new observations through the
 * server's own classes. At the case-list size, cases are opened through the CaseBook and the queue is
 * timed. Results go to stdout and to bench/target/results.md.
 *
 * <p>The history grows by properties, not by density: every size holds {@code --density} observations
 * per room per day (default 0.274, i.e. 10,000 observations a property of 50 rooms over two years), so
 * 10 thousand observations are 1 property and 10 million are 1,000 (see {@link SyntheticHistory}).
 *
 * <p>So that the stays evaluated at a small size are not one hotel's few recent stays while those at 10 million are
 * drawn from 1,000 hotels, a size with fewer than {@code --min-properties} properties is measured on
 * {@code ceil(min-properties / properties)} independent databases of that size (seeds {@code seed}, {@code seed + 1},
 * ...), each giving its share of the samples (and of {@code --series-minutes}), and the samples are pooled into
 * one row per series (see {@link PooledSeries}).
 *
 * <pre>
 * usage: PatternBenchmark [--db h2,pg] [--sizes 10000,1000000,10000000] [--density 0.274]
 *                         [--samples 5000] [--warmup 2000]   (10,000 more warm-up evaluations on the first
 *                                                             size measured on each database: the compiler's)
 *                         [--control-samples 2000] [--cases 5000] [--case-samples 500] [--case-size 1000000]
 *                         [--series-minutes 10] [--seed 42] [--out target/results.md] [--work target]
 *                         [--min-properties 32]  (a size with fewer properties is measured on several databases of
 *                                                 that size, seeds 42, 43, ..., and their samples pooled; 1: never)
 *                         [--profile false]   (true: sample stacks during timed evaluations; slows them down)
 *                         [--keep false]      (true: keep each loaded database under --work and reuse it on the next
 *                                              run with the same size, density and seed, skipping the load)
 * </pre>
 */
public final class PatternBenchmark {

    private static final PrintStream OUT = System.out;
    /** Recent stays in the working-set series (all of them where fewer were observed in the last 3 days). */
    private static final int WORKING_SET = 1_000;
    /** Extra warm-up evaluations on the first size measured on each database. */
    private static final int JIT_WARMUP = 10_000;
    /** How long untimed evaluations run between the pause before a timed series and its first sample. */
    private static final long REWARM_NANOS = 1_000_000_000L;
    private final Set<String> jitWarmed = new java.util.HashSet<>();
    private static final TenantId TENANT = new TenantId(SyntheticHistory.TENANT);

    private final Options options;
    private final IndicatorPack pack;
    private final RulePack rules;
    private final List<LoadResult> loads = new ArrayList<>();
    private final List<SeriesResult> series = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> plans = new LinkedHashMap<>();
    private final Map<String, String> profiles = new LinkedHashMap<>();
    private StackSampler sampler;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final long started = System.nanoTime();

    record Options(List<String> databases, List<Long> sizes, double density, int samples, int warmup, int controlSamples,
                   int cases, int caseSamples, long caseSize, int seriesMinutes, long seed, int minProperties,
                   boolean profile, boolean keep, Path out, Path work) {

        static Options parse(String[] args) {
            Map<String, String> a = new TreeMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
                }
                a.put(args[i].substring(2), args[++i]);
            }
            List<String> dbs = List.of(a.getOrDefault("db", "h2,pg").split(","));
            List<Long> sizes = Arrays.stream(a.getOrDefault("sizes", "10000,1000000,10000000").split(","))
                    .map(s -> Long.parseLong(s.replace("_", ""))).toList();
            Path work = Path.of(a.getOrDefault("work", "target"));
            double density = a.containsKey("density") ? Double.parseDouble(a.get("density")) : StayCalendar.DEFAULT_DENSITY;
            int minProperties = Integer.parseInt(a.getOrDefault("min-properties", "32"));
            if (minProperties < 1) {
                throw new IllegalArgumentException("--min-properties must be at least 1, got " + minProperties);
            }
            return new Options(dbs, sizes, density, Integer.parseInt(a.getOrDefault("samples", "5000")),
                    Integer.parseInt(a.getOrDefault("warmup", "2000")),
                    Integer.parseInt(a.getOrDefault("control-samples", "2000")),
                    Integer.parseInt(a.getOrDefault("cases", "5000")),
                    Integer.parseInt(a.getOrDefault("case-samples", "500")),
                    Long.parseLong(a.getOrDefault("case-size", "1000000")),
                    Integer.parseInt(a.getOrDefault("series-minutes", "10")),
                    Long.parseLong(a.getOrDefault("seed", "42")),
                    minProperties,
                    Boolean.parseBoolean(a.getOrDefault("profile", "false")),
                    Boolean.parseBoolean(a.getOrDefault("keep", "false")),
                    Path.of(a.getOrDefault("out", work.resolve("results.md").toString())), work);
        }
    }

    record LoadResult(String db, long size, int properties, double density, long observations, long indicators, long keys,
                      long subjects, long stays, double insertSeconds, double indexSeconds, long bytes, boolean schemaEqual) {
    }

    record SeriesResult(String db, long size, String series, Percentiles times, String detail) {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new PatternBenchmark(options).run();
    }

    private PatternBenchmark(Options options) {
        this.options = options;
        this.pack = loadPack();
        this.rules = loadRules(pack);
    }

    private static IndicatorPack loadPack() {
        String name = "packs/indicators/indicators.yaml";
        try (InputStream in = PatternBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            return new IndicatorPackLoader().load(name, in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RulePack loadRules(IndicatorPack pack) {
        String name = "packs/rules/rules.yaml";
        try (InputStream in = PatternBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            return new RulePackLoader(pack).load(name, in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void run() throws Exception {
        Files.createDirectories(options.work());
        environment.put("date (UTC)", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        environment.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        environment.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        environment.put("H2", org.h2.engine.Constants.FULL_VERSION + ", the server's default URL "
                + H2Database.serverDefaultUrl());
        environment.put("rule pack", rules.name() + " " + rules.version() + ", longest window " + rules.longestWindow().toDays() + " d");
        environment.put("arguments", String.join(" ", argsEcho()));
        environment.put("data shape", String.format(Locale.ROOT, "%.3f observations a room a day at every size; properties of"
                        + " %d rooms, %d days of stays; the number of properties grows with the size",
                options.density(), StayCalendar.ROOMS_PER_PROPERTY, StayCalendar.DAYS));
        log("packs loaded: " + pack.indicators().size() + " indicators, rule pack " + rules.name());
        if (options.sizes().stream().anyMatch(this::pooled)) {
            notes.add(poolingNote());
        }
        for (String db : options.databases()) {
            for (long size : options.sizes()) {
                runSize(db.trim(), size);
                writeReport();
            }
        }
        log("done in " + minutes(System.nanoTime() - started) + "; report: " + options.out().toAbsolutePath());
        OUT.println();
        OUT.println(Files.readString(options.out()));
    }

    private boolean pooled(long size) {
        return StayCalendar.propertiesFor(size, options.density()) < options.minProperties();
    }

    private String poolingNote() {
        return String.format(Locale.ROOT, "Each size whose history holds fewer than %d properties is measured on several"
                + " independent databases of that size, built from different seeds (%d, %d, ...), and their samples are"
                + " pooled into one row per series (each database gives an equal share of the samples, after a warm-up of"
                + " its own), so that the stays evaluated at every size are drawn from at least %d hotels, as they are at"
                + " 10 million (1,000 hotels). The load table shows the first of these databases.", options.minProperties(),
                options.seed(), options.seed() + 1, options.minProperties());
    }

    private List<String> argsEcho() {
        return List.of("--db", String.join(",", options.databases()), "--sizes",
                String.join(",", options.sizes().stream().map(String::valueOf).toList()), "--density",
                String.format(Locale.ROOT, "%.4f", options.density()), "--samples",
                String.valueOf(options.samples()), "--warmup", String.valueOf(options.warmup()), "--control-samples",
                String.valueOf(options.controlSamples()), "--cases", String.valueOf(options.cases()), "--case-samples",
                String.valueOf(options.caseSamples()), "--case-size", String.valueOf(options.caseSize()), "--seed",
                String.valueOf(options.seed()), "--min-properties", String.valueOf(options.minProperties()), "--profile",
                String.valueOf(options.profile()), "--keep", String.valueOf(options.keep()));
    }

    private BenchDatabase open(String db, long size, Replica replica, boolean reuse) throws Exception {
        Path dir = options.work().resolve(db + "-" + size + replica.suffix());
        return switch (db) {
            case "h2" -> new H2Database(dir, reuse, options.keep());
            case "pg" -> new PgDatabase(dir, reuse, options.keep());
            default -> throw new IllegalArgumentException("unknown database " + db + " (h2 or pg)");
        };
    }

    /** What a kept database was loaded with: reused only when the size, density and seed match. */
    private Path loadedMarker(String db, long size, Replica replica) {
        return options.work().resolve(db + "-" + size + replica.suffix() + ".loaded");
    }

    private String loadedShape(long size, Replica replica) {
        return String.format(Locale.ROOT, "size=%d density=%.6f seed=%d", size, options.density(), replica.seed());
    }

    /** The history's "now" of a kept database, if one with this shape is there to reuse. */
    private Long keptNow(String db, long size, Replica replica) throws java.io.IOException {
        Path marker = loadedMarker(db, size, replica);
        // the case list commits cases (on the first replica only), so a database it ran on is never reused
        if (!options.keep() || !Files.exists(marker) || (size == options.caseSize() && replica.first())) {
            return null;
        }
        List<String> lines = Files.readAllLines(marker);
        return lines.size() == 2 && lines.get(0).equals(loadedShape(size, replica)) ? Long.parseLong(lines.get(1)) : null;
    }

    /** One database and size: each of its replicas loaded and measured in turn, then their pooled rows recorded. */
    private void runSize(String dbName, long size) throws Exception {
        PooledSeries pool = new PooledSeries(StayCalendar.propertiesFor(size, options.density()), options.minProperties(),
                options.seed());
        String name = dbName;
        for (Replica replica : pool.replicas()) {
            name = runOne(dbName, size, replica, pool);
        }
        String db = name; // as the database names itself, e.g. "PostgreSQL"
        if (pool.pooled()) {
            notes.add(pool.summary(db, size));
            log(pool.summary(db, size) + "; the pooled series:");
        }
        pool.forEach((series, times, counts) -> record(db, size, series, times, counts));
    }

    /** Loads (or reuses) and measures one replica's database; returns the database's name for the report. */
    private String runOne(String dbName, long size, Replica replica, PooledSeries pool) throws Exception {
        log("=== " + dbName + " with " + String.format(Locale.ROOT, "%,d", size) + " observations"
                + (pool.pooled() ? ", " + replica.name() : ""));
        Long kept = keptNow(dbName, size, replica);
        Files.deleteIfExists(loadedMarker(dbName, size, replica));
        try (BenchDatabase db = open(dbName, size, replica, kept != null)) {
            if (db instanceof PgDatabase pg) {
                environment.put("PostgreSQL", pg.version() + " (zonky embedded binaries, loopback; shared_buffers 2GB)");
            }
            SyntheticHistory history = kept != null ? reuse(db, size, replica, kept) : load(db, size, replica);
            if (options.keep()) {
                Files.writeString(loadedMarker(dbName, size, replica),
                        loadedShape(size, replica) + "\n" + history.nowSec + "\n");
            }
            measure(db, size, history, history.nowSec, replica, pool);
            return db.name();
        }
    }

    /** The history a kept database holds: rebuilt in memory (which stays were observed when), not written. */
    private SyntheticHistory reuse(BenchDatabase db, long size, Replica replica, long nowSec) throws Exception {
        SyntheticHistory history = new SyntheticHistory(pack, nowSec, replica.seed(), size, options.density());
        history.write(RowSink.NONE, i -> { }); // which stays were observed when: the samples pick from them
        log(replica.label() + "reusing the kept database (" + loadedShape(size, replica) + "), history: " + history.shape());
        if (replica.first()) {
            notes.add(db.name() + " " + String.format(Locale.ROOT, "%,d", size) + ": a database kept from an earlier run"
                    + " (--keep true), loaded " + Duration.ofSeconds(Instant.now().getEpochSecond() - nowSec).toMinutes()
                    + " min before this run" + (replica.count() > 1 ? " (its replicas too, where kept)" : ""));
        }
        return history;
    }

    /** Migrates, bulk-loads and checks a fresh database; returns the history it holds. */
    private SyntheticHistory load(BenchDatabase db, long size, Replica replica) throws Exception {
        String version = db.migrate();
        List<String> migrated = db.schema();
        log("migrated to schema version " + version + " (" + migrated.size() + " schema lines)");

        // "now" of the history: whole seconds, a little before the samples are filed
        long nowSec = Instant.now().getEpochSecond();
        SyntheticHistory history = new SyntheticHistory(pack, nowSec, replica.seed(), size, options.density());
        log(replica.label() + "history: " + history.shape());
        long t0 = System.nanoTime();
        List<String> restore = db.dropForLoad();
        try (RowSink sink = db.sink()) {
            long step = Math.max(100_000, size / 10);
            long[] next = {step};
            history.write(sink, i -> {
                if (i >= next[0]) {
                    next[0] += step;
                    log(String.format(Locale.ROOT, "  %,d observations written (%s)", i, minutes(System.nanoTime() - t0)));
                }
            });
        }
        long t1 = System.nanoTime();
        log("rows written in " + minutes(t1 - t0) + "; recreating indexes and constraints");
        db.restore(restore);
        long t2 = System.nanoTime();
        List<String> loaded = db.schema();
        boolean equal = loaded.equals(migrated);
        if (!equal) {
            List<String> missing = new ArrayList<>(migrated);
            missing.removeAll(loaded);
            List<String> extra = new ArrayList<>(loaded);
            extra.removeAll(migrated);
            throw new IllegalStateException("schema after the load differs from the migrated one: missing " + missing
                    + ", extra " + extra);
        }
        LoadResult load = new LoadResult(db.name(), size, history.calendar.properties,
                history.calendar.density(size), db.count("observation"), db.count("observation_indicator"),
                db.count("observation_key"), db.count("observation_subject"), db.count("stay"),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, db.bytesOnDisk(), equal);
        if (replica.first()) {
            loads.add(load); // the replicas' loads are alike: the first one's stands for them (see the pooling note)
        }
        log(String.format(Locale.ROOT, "loaded: %,d observations, %,d codes, %,d keys, %,d subjects, %,d stays;"
                        + " insert %.0f s, indexes+statistics %.0f s, %.2f GiB on disk; schema equals the migrated one",
                load.observations(), load.indicators(), load.keys(), load.subjects(), load.stays(), load.insertSeconds(),
                load.indexSeconds(), load.bytes() / (double) (1L << 30)));
        return history;
    }

    private void measure(BenchDatabase db, long size, SyntheticHistory history, long nowSec, Replica replica,
                         PooledSeries pool) throws Exception {
        List<StayCalendar.StayRef> recent = history.recentStays(3);
        log(replica.label() + recent.size() + " stays observed in the last 3 days");
        if (recent.isEmpty()) {
            throw new IllegalStateException("no stay observed in the last 3 days: " + size + " observations are too few"
                    + " for the density (" + history.shape() + ")");
        }
        EntityManagerFactory emf = db.emf();
        Instant now = Instant.ofEpochSecond(nowSec);

        pool.history(history.calendar.properties, recent.size());
        evaluations(new Series(db, size, emf, history, recent, now, new SplittableRandom(replica.seed() + size), replica,
                pool));
        // the plans and the case list (which commits cases) once per database and size: on the first replica
        if (replica.first()) {
            explainHotQueries(db, size, history, recent, now);
            if (size == options.caseSize()) {
                new CaseListBenchmark(options, rules, TENANT, series, notes, plans, this::log).run(db, size, emf, history, now);
            }
        }
    }

    // ---------------------------------------------------------------- evaluation per observation

    private void evaluations(Series on) {
        firstReads(on);
        workingSet(on);
        control(on);
    }

    /** What each series of one database, size and replica samples from, and the pool its samples go to. */
    private record Series(BenchDatabase db, long size, EntityManagerFactory emf, SyntheticHistory history,
                          List<StayCalendar.StayRef> recent, Instant now, SplittableRandom rnd, Replica replica,
                          PooledSeries pool) {

        StayCalendar.StayRef anyRecent() {
            return recent.get(rnd.nextInt(recent.size()));
        }

        /** The end of this replica's share of a series' time budget. */
        long deadline(int minutes) {
            return System.nanoTime() + replica.budgetNanos(minutes);
        }

        /** This replica's share of a series' samples. */
        int samples(int pooled) {
            return replica.share(pooled);
        }
    }

    /** A random recent stay, with the history as loaded around it. */
    private void firstReads(Series on) {
        Percentiles times = new Percentiles();
        ReadCounts counts = new ReadCounts();
        long deadline = on.deadline(options.seriesMinutes());
        // the first size measured on a database also warms the compiler for that database's driver and plans, so that
        // its figures are not the only ones taken with half-compiled code
        int warmup = on.replica().warmup(options.warmup()) + (jitWarmed.add(on.db().name()) ? JIT_WARMUP : 0);
        int total = warmup + on.samples(options.samples());
        if (options.profile() && sampler == null) {
            sampler = new StackSampler(Thread.currentThread()); // one profile over all the replicas of a size
        }
        for (int i = 0; i < total && System.nanoTime() < deadline; i++) {
            if (i == warmup) {
                settle(() -> timeOne(on.emf(), onStay(on.history(), on.anyRecent(), on.now(), on.rnd()), null, null, null));
            }
            Observation o = onStay(on.history(), on.anyRecent(), on.now(), on.rnd());
            timeOne(on.emf(), o, null, i >= warmup ? times : null, i >= warmup ? counts : null);
        }
        if (sampler != null && on.replica().last()) {
            sampler.close();
            profiles.put(on.db().name() + " " + String.format(Locale.ROOT, "%,d", on.size()) + ", recent stay",
                    sampler.report());
            sampler = null;
        }
        pool(on, "recent stay, first read since the load", times, counts);
    }

    /**
     * The same over a working set: a server's recent stays were read when their last observation was filed, so their
     * pages are in the database's cache; here a set of recent stays is read once, then sampled from.
     */
    private void workingSet(Series on) {
        List<StayCalendar.StayRef> working = new ArrayList<>(on.recent());
        for (int i = working.size() - 1; i > 0; i--) {
            java.util.Collections.swap(working, i, on.rnd().nextInt(i + 1));
        }
        List<StayCalendar.StayRef> set = working.subList(0, Math.min(WORKING_SET, working.size()));
        for (StayCalendar.StayRef stay : set) {
            timeOne(on.emf(), onStay(on.history(), stay, on.now(), on.rnd()), null, null, null);
        }
        settle(() -> timeOne(on.emf(), onStay(on.history(), set.get(on.rnd().nextInt(set.size())), on.now(), on.rnd()),
                null, null, null));
        working = set;
        Percentiles times = new Percentiles();
        ReadCounts counts = new ReadCounts();
        long deadline = on.deadline(options.seriesMinutes());
        int samples = on.samples(options.samples());
        for (int i = 0; i < samples && System.nanoTime() < deadline; i++) {
            StayCalendar.StayRef stay = working.get(on.rnd().nextInt(working.size()));
            timeOne(on.emf(), onStay(on.history(), stay, on.now(), on.rnd()), null, times, counts);
        }
        counts.workingSet = working.size();
        pool(on, "recent stay, in a working set read before", times, counts);
    }

    /** A stay with nothing before it, so the window holds one observation at every size. */
    private void control(Series on) {
        Percentiles times = new Percentiles();
        ReadCounts counts = new ReadCounts();
        long deadline = on.deadline(options.seriesMinutes());
        int samples = on.samples(options.controlSamples());
        int total = Math.min(on.replica().warmup(options.warmup()), 500) + samples;
        for (int i = 0; i < total && System.nanoTime() < deadline; i++) {
            boolean measured = i >= total - samples;
            if (i == total - samples) {
                settle(() -> {
                    StayCalendar.StayRef like = on.anyRecent();
                    Stay fresh = new Stay(StayId.firstSeenAt(on.now()), new PropertyId(like.property()), like.room(), null,
                            on.now());
                    timeOne(on.emf(), onNewStay(on.history(), fresh, like, on.now(), on.rnd()), fresh, null, null);
                });
            }
            StayCalendar.StayRef like = on.anyRecent();
            Stay fresh = new Stay(StayId.firstSeenAt(on.now()), new PropertyId(like.property()), like.room(), null, on.now());
            Observation o = onNewStay(on.history(), fresh, like, on.now(), on.rnd());
            timeOne(on.emf(), o, fresh, measured ? times : null, measured ? counts : null);
        }
        pool(on, "control: new stay (window holds only the new observation)", times, counts);
    }

    /**
     * Before a timed series: a full collection, so that no concurrent marking cycle left over from the load (gigabytes
     * of garbage at 10 million) shares the two cores with the samples, a moment for the collector's threads, then a
     * second of untimed evaluations of the series' own kind: evaluations just after the pause run slower whatever the
     * database holds (the machine's cores and caches wake up), and a size pooled over 32 databases, with 32 short
     * series, would otherwise count them among its slowest samples.
     */
    private static void settle(Runnable untimedEvaluation) {
        System.gc();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long until = System.nanoTime() + REWARM_NANOS;
        while (System.nanoTime() < until) {
            untimedEvaluation.run();
        }
    }

    /**
     * Files one observation as the server does (stored in a resource-local transaction), times the
     * engine's evaluation with a fresh JPA history, then counts its reads in an untimed second pass and
     * rolls back, so every sample sees the history as loaded.
     */
    private void timeOne(EntityManagerFactory emf, Observation o, Stay fresh, Percentiles times, ReadCounts counts) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            if (fresh != null) {
                new JpaStayRepository(em).store(fresh);
            }
            new JpaObservationRepository(em).store(o);
            boolean sampling = sampler != null && times != null;
            if (sampling) {
                sampler.on();
            }
            long t0 = System.nanoTime();
            List<RuleMatch> matches = new PatternEngine(pack, rules).evaluate(o.fact(), new JpaObservationHistory(em, TENANT));
            long elapsed = System.nanoTime() - t0;
            if (sampling) {
                sampler.off();
            }
            if (times != null) {
                times.add(elapsed);
            }
            if (counts != null) {
                CountingHistory counting = new CountingHistory(new JpaObservationHistory(em, TENANT));
                long c0 = System.nanoTime();
                List<RuleMatch> again = new PatternEngine(pack, rules).evaluate(o.fact(), counting);
                counting.evaluationNanos = System.nanoTime() - c0;
                if (again.size() != matches.size()) {
                    throw new IllegalStateException("the counting pass found other matches");
                }
                counts.add(counting, matches.size());
            }
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private Observation onStay(SyntheticHistory history, StayCalendar.StayRef stay, Instant at, SplittableRandom rnd) {
        boolean visitor = rnd.nextDouble() < 0.03;
        List<Indicator> codes = new ArrayList<>();
        history.drawCodes(rnd, codes, visitor);
        Set<SubjectToken> subjects = new LinkedHashSet<>();
        if (rnd.nextDouble() < 0.20) {
            subjects.add(new SubjectToken(SubjectKind.PAYER, stay.payer()));
        }
        if (rnd.nextDouble() < 0.05) {
            subjects.add(new SubjectToken(SubjectKind.VEHICLE, stay.vehicle()));
        }
        if (visitor) {
            subjects.add(new SubjectToken(SubjectKind.VISITOR,
                    history.visitorToken(history.propertyIndex(stay.property()), at.getEpochSecond(), rnd)));
        }
        return observation(history, stay.property(), stay.room(), stay.reservationRef(), new StayId(stay.id()), codes,
                subjects, at, rnd);
    }

    private Observation onNewStay(SyntheticHistory history, Stay fresh, StayCalendar.StayRef like, Instant at,
                                  SplittableRandom rnd) {
        List<Indicator> codes = new ArrayList<>();
        history.drawCodes(rnd, codes, false);
        return observation(history, like.property(), like.room(), null, fresh.id(), codes, Set.of(), at, rnd);
    }

    private Observation observation(SyntheticHistory history, String property, String room, String reservationRef,
                                    StayId stay, List<Indicator> codes, Set<SubjectToken> subjects, Instant at,
                                    SplittableRandom rnd) {
        StaffRole role = history.roleFor(codes.get(0), rnd);
        String reporter = history.reporter(history.propertyIndex(property), role, rnd);
        return new Observation(ObservationId.filedAt(at), TENANT, new PropertyId(property),
                at.atOffset(ZoneOffset.ofTotalSeconds(SyntheticHistory.OFFSET_SECONDS)), at,
                new Reporter(reporter, role, reporter), new ObservedLocation(room, null), reservationRef, stay,
                codes.stream().map(Indicator::code).toList(), subjects, null);
    }

    /** One replica's series: into the pool, and logged by itself where the size is pooled. */
    private void pool(Series on, String name, Percentiles times, ReadCounts counts) {
        if (on.pool().pooled()) {
            log(on.replica().label() + figures(on.db().name(), on.size(), name, times, counts));
        }
        on.pool().add(name, times, counts);
    }

    /** A series' row of the report: the pooled samples of all the replicas of the size. */
    private void record(String db, long size, String name, Percentiles times, ReadCounts counts) {
        series.add(new SeriesResult(db, size, name, times, counts.describe()));
        log(figures(db, size, name, times, counts));
    }

    private static String figures(String db, long size, String name, Percentiles times, ReadCounts counts) {
        return String.format(Locale.ROOT, "%s %,d %s: n=%d mean %.2f ms, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %s",
                db, size, name, times.size(), times.meanMs(), times.ms(50), times.ms(95), times.ms(99), times.maxMs(),
                counts.describe());
    }

    // ---------------------------------------------------------------- query plans

    private void explainHotQueries(BenchDatabase db, long size, SyntheticHistory history,
                                   List<StayCalendar.StayRef> recent, Instant now) {
        try {
            StayCalendar.StayRef stay = recent.get(0);
            Duration reach = rules.longestWindow();
            Timestamp from = ts(now.minus(Duration.ofHours(72)));
            Timestamp to = ts(now.plus(Duration.ofHours(72)));
            // the engine's two reads, as JpaObservationHistory issues them
            String withKey = "SELECT observation_id, observed_at, reporter_id, reporter_role, room, area, codes, subject_keys"
                    + " FROM observation_key"
                    + " WHERE tenant_id = ? AND key_type = ? AND key_value = ? AND observed_at BETWEEN ? AND ?"
                    + " ORDER BY observed_at, observation_id";
            String linkedTo = "SELECT subject_keys FROM observation_key"
                    + " WHERE tenant_id = ? AND key_type = ? AND key_value = ? AND observed_at BETWEEN ? AND ?";
            String key = db.name() + " " + String.format(Locale.ROOT, "%,d", size);
            plans.put(key + ": window read of a stay (72 h)", db.explain(withKey, TENANT.value(), "ROOM_STAY", stay.id(), from, to));
            plans.put(key + ": links of a stay (" + reach.toDays() + " d each side)", db.explain(linkedTo, TENANT.value(),
                    "ROOM_STAY", stay.id(), ts(now.minus(reach)), ts(now.plus(reach))));
            plans.put(key + ": window read of a payer (" + reach.toDays() + " d each side)", db.explain(withKey,
                    TENANT.value(), "PAYER", stay.payer(), ts(now.minus(reach)), ts(now.plus(reach))));
        } catch (Exception e) {
            notes.add("could not explain the engine's queries on " + db.name() + ": " + e);
        }
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private void writeReport() throws Exception {
        new BenchReport(environment, loads, series, notes, profiles, plans)
                .write(options.out(), minutes(System.nanoTime() - started));
    }

    static String minutes(long nanos) {
        long s = nanos / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    private void log(String message) {
        OUT.printf(Locale.ROOT, "[%s +%s] %s%n", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                minutes(System.nanoTime() - started), message);
        OUT.flush();
    }
}
