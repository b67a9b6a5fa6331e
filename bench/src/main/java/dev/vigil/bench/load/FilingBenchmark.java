package dev.vigil.bench.load;

import dev.vigil.bench.cluster.PostgresServer;
import dev.vigil.bench.cluster.VigilNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The filing benchmark: for each database, {@code --runs} times, a fresh database and a fresh Vigil (the runnable jar,
 * with the JVM options the operations guide recommends), then in one run on one machine: the time from start to ready;
 * wrk at 32 connections against {@code POST /api/v1/observations} and against two trivial endpoints of the same server
 * (the signed-in {@code GET /api/v1/server} and the container's {@code GET /health/live}); filing at one connection;
 * filing at a constant 100 a second with latencies corrected for coordinated omission ({@link RateLoad}) while the
 * resident memory is read. Beside it, a bare Payara Micro with an empty WAR is started as often, for the start-up ratio;
 * and with {@code --durability true} the same filing runs against a benchmark-only build that does not wait for the disk.
 * Every figure is reported as min / median / max over the runs, ratios first.
 *
 * <pre>usage: FilingBenchmark [--db h2,pg] [--runs 3] [--seconds 20] [--rate 100] [--rate-seconds 60]
 *                        [--jvm "-Xmx256m ..."] [--durability true] [--jar server/target/vigil.jar]
 *                        [--payara server/target/payara-micro.jar] [--work bench/target/filing] [--out results.md]</pre>
 */
public final class FilingBenchmark {

    private static final String FRONTDESK = "Basic " + Base64.getEncoder().encodeToString("frontdesk:frontdesk-demo"
            .getBytes(StandardCharsets.UTF_8));

    private final Map<String, String> opts;
    private final Path work;
    private final int seconds;
    private final List<String> jvm;
    private final Map<String, List<Map<String, Double>>> runs = new LinkedHashMap<>();

    private FilingBenchmark(Map<String, String> opts) {
        this.opts = opts;
        this.work = Path.of(opts.getOrDefault("work", "bench/target/filing")).toAbsolutePath();
        this.seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
        this.jvm = List.of(opts.getOrDefault("jvm", Recommended.JVM_OPTIONS).trim().split("\\s+"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new FilingBenchmark(opts).run();
    }

    private void run() throws Exception {
        int n = Integer.parseInt(opts.getOrDefault("runs", "3"));
        Path jar = Path.of(opts.getOrDefault("jar", "server/target/vigil.jar")).toAbsolutePath();
        boolean durability = Boolean.parseBoolean(opts.getOrDefault("durability", "true"));
        Path unsynced = durability ? UnsyncedBuild.make(jar, Path.of(opts.getOrDefault("payara", "server/target/payara-micro.jar"))
                .toAbsolutePath(), work.resolve("nosync")) : null;
        say("filing benchmark: %d run(s), %d s per series, JVM %s; load average %s", n, seconds, jvm, loadAverage());
        for (String db : opts.getOrDefault("db", "h2,pg").split(",")) {
            for (int r = 1; r <= n; r++) {
                record(db, measure(db, jar, r));
                if (unsynced != null) {
                    record(db + "-nosync", measureDurability(db, unsynced, r));
                }
            }
        }
        for (int r = 1; r <= n; r++) {
            record("bare", Map.of("ready", bareReady(Path.of(opts.getOrDefault("payara", "server/target/payara-micro.jar"))
                    .toAbsolutePath(), r)));
        }
        report();
    }

    /** One full run against a fresh database and a fresh server. */
    private Map<String, Double> measure(String db, Path jar, int run) throws Exception {
        Map<String, Double> m = new LinkedHashMap<>();
        try (Database database = Database.start(db, work.resolve(db + "-" + run), true);
             VigilNode node = node(jar, database, db + "-" + run)) {
            Duration ready = node.start().awaitReady(Duration.ofMinutes(5));
            m.put("ready", ready.toMillis() / 1000.0);
            m.put("rssReady", (double) RateLoad.residentMib(node.pid()));
            String url = node.baseUrl();
            Wrk.run(2, 32, 15, url, "-s", Path.of("bench/filing.lua").toAbsolutePath().toString()); // warm-up
            Wrk.run(2, 32, 5, url + "api/v1/server", "-H", "Authorization: " + FRONTDESK);
            Wrk.Result filing = Wrk.run(2, 32, seconds, url, "-s", Path.of("bench/filing.lua").toAbsolutePath().toString());
            Wrk.Result trivial = Wrk.run(2, 32, seconds, url + "api/v1/server", "-H", "Authorization: " + FRONTDESK);
            Wrk.Result live = Wrk.run(2, 32, seconds, url + "health/live");
            Wrk.Result single = Wrk.run(1, 1, seconds, url, "-s", Path.of("bench/filing.lua").toAbsolutePath().toString());
            RateLoad.Result steady = RateLoad.run(url, Double.parseDouble(opts.getOrDefault("rate", "100")),
                    Integer.parseInt(opts.getOrDefault("rate-seconds", "60")), 10, node.pid(), "frontdesk", "frontdesk-demo", null);
            m.put("filing32", filing.rps());
            m.put("filing32p50", filing.p50());
            m.put("filing32p99", filing.p99());
            m.put("failed", (double) (filing.non2xx() + filing.socketErrors() + single.non2xx() + steady.errors()));
            m.put("trivial32", trivial.rps());
            m.put("live32", live.rps());
            m.put("filing1", single.rps());
            m.put("filing1p50", single.p50());
            m.put("filing1p99", single.p99());
            m.put("steadyP50", steady.p50());
            m.put("steadyP99", steady.p99());
            m.put("steadyMax", steady.max());
            m.put("rssSteady", (double) steady.maxRssMib());
            m.put("ratioTrivial", filing.rps() / trivial.rps());
            m.put("ratioLive", filing.rps() / live.rps());
            say("%s run %d: ready %.1f s; filing %s; GET /api/v1/server %s; /health/live %s; one connection %s; at %s a second: %s",
                    db, run, m.get("ready"), filing, trivial, live, single, opts.getOrDefault("rate", "100"), steady);
        }
        return m;
    }

    /** The same filing against the build that does not wait for the disk, at 32 connections and at one. */
    private Map<String, Double> measureDurability(String db, Path jar, int run) throws Exception {
        Map<String, Double> m = new LinkedHashMap<>();
        try (Database database = Database.start(db, work.resolve(db + "-nosync-" + run), false);
             VigilNode node = node(jar, database, db + "-nosync-" + run)) {
            node.start().awaitReady(Duration.ofMinutes(5));
            String url = node.baseUrl();
            String script = Path.of("bench/filing.lua").toAbsolutePath().toString();
            Wrk.run(2, 32, 15, url, "-s", script);
            Wrk.Result filing = Wrk.run(2, 32, seconds, url, "-s", script);
            Wrk.Result single = Wrk.run(1, 1, seconds, url, "-s", script);
            m.put("filing32", filing.rps());
            m.put("filing32p50", filing.p50());
            m.put("filing32p99", filing.p99());
            m.put("filing1", single.rps());
            m.put("filing1p50", single.p50());
            m.put("filing1p99", single.p99());
            say("%s without the disk sync, run %d: filing %s; one connection %s", db, run, filing, single);
        }
        return m;
    }

    private VigilNode node(Path jar, Database database, String name) {
        Map<String, String> env = new HashMap<>(database.env());
        env.put("VIGIL_DEMO", "true");
        env.put("VIGIL_DATA_DIR", work.resolve(name).resolve("data").toString());
        return new VigilNode(name, jar, work.resolve(name), VigilNode.freePort(), jvm, List.of(), env);
    }

    /** Start to ready of Payara Micro alone, deploying an empty WAR, with the same JVM options. */
    private double bareReady(Path payara, int run) throws Exception {
        Path dir = work.resolve("bare-" + run);
        Files.createDirectories(dir);
        Path war = EmptyWar.write(dir.resolve("empty.war"));
        VigilNode bare = new VigilNode("bare-" + run, payara, dir, VigilNode.freePort(), jvm,
                List.of("--deploy", war.toString(), "--nocluster", "--disablephonehome"), Map.of());
        try (bare) {
            double ready = bare.start().awaitReady(Duration.ofMinutes(5)).toMillis() / 1000.0;
            say("bare Payara Micro with an empty WAR, run %d: ready %.1f s", run, ready);
            return ready;
        }
    }

    private void record(String series, Map<String, Double> m) {
        runs.computeIfAbsent(series, k -> new ArrayList<>()).add(m);
    }

    private void report() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Run on %s, load average at the end %s; JVM options %s; %d s per series.",
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).withNano(0), loadAverage(), String.join(" ", jvm), seconds));
        lines.add("");
        lines.add("| database | figure | min | median | max |");
        lines.add("| --- | --- | ---: | ---: | ---: |");
        double bare = median(runs.getOrDefault("bare", List.of()), m -> m.get("ready"));
        for (String series : runs.keySet()) {
            if (series.equals("bare") || series.endsWith("-nosync")) {
                continue;
            }
            List<Map<String, Double>> r = runs.get(series);
            row(lines, series, "filing ÷ GET /api/v1/server at 32 connections (goal ≥ 0.30)", r, m -> m.get("ratioTrivial"), "%.2f");
            row(lines, series, "filing ÷ GET /health/live at 32 connections", r, m -> m.get("ratioLive"), "%.2f");
            row(lines, series, "p99 at a steady 100 a second, ms (goal ≤ 50)", r, m -> m.get("steadyP99"), "%.1f");
            row(lines, series, "resident memory under that load, MiB (goal ≤ 512)", r, m -> m.get("rssSteady"), "%.0f");
            row(lines, series, "start to ready ÷ bare Payara Micro (goal ≤ 1.5)", r, m -> m.get("ready") / bare, "%.2f");
            row(lines, series, "POST /api/v1/observations at 32 connections, req/s", r, m -> m.get("filing32"), "%.0f");
            row(lines, series, "  p50 at 32 connections, ms", r, m -> m.get("filing32p50"), "%.1f");
            row(lines, series, "  p99 at 32 connections, ms", r, m -> m.get("filing32p99"), "%.1f");
            row(lines, series, "GET /api/v1/server at 32 connections, req/s", r, m -> m.get("trivial32"), "%.0f");
            row(lines, series, "GET /health/live at 32 connections, req/s", r, m -> m.get("live32"), "%.0f");
            row(lines, series, "POST /api/v1/observations at 1 connection, req/s", r, m -> m.get("filing1"), "%.0f");
            row(lines, series, "  p50 at 1 connection, ms", r, m -> m.get("filing1p50"), "%.1f");
            row(lines, series, "p50 at a steady 100 a second, ms", r, m -> m.get("steadyP50"), "%.1f");
            row(lines, series, "max at a steady 100 a second, ms", r, m -> m.get("steadyMax"), "%.1f");
            row(lines, series, "start to ready, s", r, m -> m.get("ready"), "%.1f");
            row(lines, series, "resident memory at ready, MiB", r, m -> m.get("rssReady"), "%.0f");
            row(lines, series, "failed requests (all series)", r, m -> m.get("failed"), "%.0f");
            List<Map<String, Double>> nosync = runs.get(series + "-nosync");
            if (nosync != null) {
                row(lines, series, "durability: filing with ÷ without the disk sync, 32 connections", r,
                        m -> m.get("filing32") / median(nosync, x -> x.get("filing32")), "%.2f");
                row(lines, series, "durability: filing with ÷ without the disk sync, 1 connection", r,
                        m -> m.get("filing1") / median(nosync, x -> x.get("filing1")), "%.2f");
                row(lines, series, "without the disk sync: req/s at 32 connections", nosync, m -> m.get("filing32"), "%.0f");
                row(lines, series, "without the disk sync: p50 at 32 connections, ms", nosync, m -> m.get("filing32p50"), "%.1f");
                row(lines, series, "without the disk sync: p99 at 32 connections, ms", nosync, m -> m.get("filing32p99"), "%.1f");
                row(lines, series, "without the disk sync: req/s at 1 connection", nosync, m -> m.get("filing1"), "%.0f");
                row(lines, series, "without the disk sync: p50 at 1 connection, ms", nosync, m -> m.get("filing1p50"), "%.1f");
            }
        }
        row(lines, "—", "bare Payara Micro, empty WAR: start to ready, s", runs.getOrDefault("bare", List.of()), m -> m.get("ready"), "%.1f");
        PrintStream out = System.out;
        out.println();
        lines.forEach(out::println);
        Path file = Path.of(opts.getOrDefault("out", work.resolve("results.md").toString()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
        say("written to %s", file);
    }

    private static void row(List<String> lines, String series, String figure, List<Map<String, Double>> r,
                            ToDoubleFunction<Map<String, Double>> f, String format) {
        if (r.isEmpty()) {
            return;
        }
        double[] v = r.stream().mapToDouble(f).sorted().toArray();
        lines.add(String.format(Locale.ROOT, "| %s | %s | " + format + " | " + format + " | " + format + " |", label(series), figure,
                v[0], v[v.length / 2], v[v.length - 1]));
    }

    private static String label(String series) {
        return switch (series) {
            case "h2" -> "H2 (embedded default)";
            case "pg" -> "PostgreSQL";
            default -> series;
        };
    }

    private static double median(List<Map<String, Double>> r, ToDoubleFunction<Map<String, Double>> f) {
        double[] v = r.stream().mapToDouble(f).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static void say(String format, Object... args) {
        System.out.printf("[%tT] %s%n", java.time.LocalTime.now(), String.format(Locale.ROOT, format, args));
    }

    /** The database of one run: the embedded default (nothing to start) or a fresh PostgreSQL server. */
    record Database(EmbeddedPostgres pg) implements AutoCloseable {

        static Database start(String kind, Path dir, boolean synchronousCommit) throws IOException {
            if (kind.equals("h2")) {
                return new Database(null);
            }
            dev.vigil.bench.cluster.Dirs.deleteTree(dir);
            return new Database(PostgresServer.start(dir.resolve("pgdata"), "synchronous_commit=" + (synchronousCommit ? "on" : "off")));
        }

        Map<String, String> env() {
            if (pg == null) {
                return Map.of();
            }
            return Map.of("VIGIL_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                    "VIGIL_DB_URL", "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres",
                    "VIGIL_DB_USER", "postgres", "VIGIL_DB_PASSWORD", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (pg != null) {
                pg.close();
            }
        }
    }
}
