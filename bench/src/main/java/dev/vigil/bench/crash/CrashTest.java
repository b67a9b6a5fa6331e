package dev.vigil.bench.crash;

import dev.vigil.bench.cluster.PostgresServer;
import dev.vigil.bench.cluster.VigilNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The crash test: a PostgreSQL server, two Vigil servers in one Hazelcast cluster on loopback, a webhook receiver that
 * fails half of its deliveries, and a PMS integration that files N observations across both servers. When half are
 * acknowledged, the first server is killed with SIGKILL and started again. Then the test waits for the outbox to drain
 * and checks that nothing acknowledged was lost or stored twice, that every required action exists once, and that
 * every notification reached the receiver and was acted on exactly once. Exit status 1 on any loss or duplicate.
 *
 * <pre>usage: CrashTest --jar server/target/vigil.jar [--observations 10000] [--connections 16] [--work target/crash]</pre>
 */
public final class CrashTest {

    private CrashTest() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Path jar = Path.of(opts.getOrDefault("jar", "server/target/vigil.jar"));
        int n = Integer.parseInt(opts.getOrDefault("observations", "10000"));
        int connections = Integer.parseInt(opts.getOrDefault("connections", "16"));
        Path work = Path.of(opts.getOrDefault("work", "bench/target/crash")).toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant started = Instant.now();
        say("crash test %s: %,d observations on %d connections; work in %s", run, n, connections, work);

        EmbeddedPostgres pg = PostgresServer.start(work.resolve("pgdata"));
        String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
        String secret = "whsec_" + Base64.getEncoder().encodeToString(random(32));
        List<VigilNode> nodes = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread cleanUp = new Thread(() -> {
            nodes.forEach(VigilNode::close);
            closeQuietly(pg);
        }, "crash-test-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp); // stopped from outside (Ctrl-C, a timeout): leave nothing running
        int status;
        try (FailingReceiver receiver = new FailingReceiver(secret)) {
            say("PostgreSQL %s (fsync on); webhook receiver at %s", url, receiver.url());
            int hz1 = VigilNode.freePort();
            int hz2 = VigilNode.freePort();
            Map<String, String> env = environment(url, secret, receiver.url());
            for (int i = 1; i <= 2; i++) {
                Path dir = work.resolve("node" + i);
                Files.createDirectories(dir);
                Path props = dir.resolve("cluster.properties");
                Files.writeString(props, clusterProperties(run, i == 1 ? hz1 : hz2, hz1, hz2));
                nodes.add(new VigilNode("node" + i, jar, dir, VigilNode.freePort(), List.of("-Xmx384m"),
                        List.of("--systemproperties", props.toString()), env));
            }
            // the first server migrates the schema alone; the second then joins its cluster
            Duration first = nodes.get(0).start().awaitReady(Duration.ofMinutes(5));
            Duration second = nodes.get(1).start().awaitReady(Duration.ofMinutes(5));
            say("node1 ready in %.1f s, node2 in %.1f s; cluster: %s", first.toMillis() / 1000.0, second.toMillis() / 1000.0,
                    clusterLine(nodes.get(1)));

            LoadClient client = new LoadClient(run, n);
            long t0 = System.nanoTime();
            java.util.concurrent.CompletableFuture<Duration> restarted = new java.util.concurrent.CompletableFuture<>();
            client.file(n, connections, nodes.stream().map(VigilNode::baseUrl).toList(), () -> {
                try {
                    say("half acknowledged: SIGKILL to node1, then starting it again");
                    nodes.get(0).kill();
                    nodes.get(0).start();
                    restarted.complete(nodes.get(0).awaitReady(Duration.ofMinutes(5)));
                } catch (RuntimeException e) {
                    restarted.completeExceptionally(e);
                }
            });
            double seconds = (System.nanoTime() - t0) / 1e9;
            say("filed in %.0f s (%.0f a second): %,d requests, %,d sent again after no answer (%,d of them after a 404 from a"
                    + " server whose listener was up before Vigil was deployed), %,d answered as a replay (200)",
                    seconds, n / seconds, client.sent.get(), client.retries.get(), client.notDeployed.get(), client.replays.get());
            // the checks run with both servers up again: the restarted one takes its share of the outbox and deadlines
            Duration back = restarted.get(6, java.util.concurrent.TimeUnit.MINUTES);
            say("node1 ready again %.1f s after its restart; cluster: %s", back.toMillis() / 1000.0, clusterLine(nodes.get(0)));

            CrashCheck check = new CrashCheck(url);
            boolean drained = check.awaitOutboxDrained(Duration.ofMinutes(10));
            say("outbox %s", drained ? "drained" : "NOT drained within 10 minutes");
            check.observations(n, client.acks.values(), client.refusals);
            check.actions(CrashCheck.connecticut());
            check.notifications(receiver);
            System.out.println();
            check.report.forEach(System.out::println);
            System.out.println();
            status = check.failures.isEmpty() ? 0 : 1;
            say("%s in %d s", status == 0 ? "CRASH TEST PASSED: nothing lost, nothing duplicated" : "CRASH TEST FAILED: "
                    + check.failures.size() + " check(s)", Duration.between(started, Instant.now()).toSeconds());
        } finally {
            nodes.forEach(VigilNode::close);
            closeQuietly(pg);
        }
        System.exit(status);
    }

    /** Both servers: one database, the same tenant secrets, the receiver as every event's route, short retries. */
    private static Map<String, String> environment(String url, String secret, String receiver) {
        return Map.ofEntries(
                Map.entry("VIGIL_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource"),
                Map.entry("VIGIL_DB_URL", url),
                Map.entry("VIGIL_DB_USER", "postgres"),
                Map.entry("VIGIL_DB_PASSWORD", "postgres"),
                Map.entry("VIGIL_DEMO", "true"),
                Map.entry("VIGIL_TENANT_DEMO_CHAIN_SECRET", Base64.getEncoder().encodeToString(random(32))),
                Map.entry("VIGIL_TENANT_OTHER_CHAIN_SECRET", Base64.getEncoder().encodeToString(random(32))),
                Map.entry("VIGIL_WEBHOOKS", "crash"),
                Map.entry("VIGIL_WEBHOOK_CRASH_URL", receiver),
                Map.entry("VIGIL_WEBHOOK_CRASH_SECRET", secret),
                Map.entry("VIGIL_WEBHOOK_CRASH_ALLOW_PRIVATE", "true"),
                Map.entry("VIGIL_NOTIFY_ALL_EVENTS", "webhook:crash"),
                Map.entry("VIGIL_NOTIFY_RETRY_DELAYS", "PT1S,PT2S,PT3S,PT5S,PT5S,PT5S,PT5S,PT5S"));
    }

    /** The operations guide's cluster settings: loopback only, this run's own cluster name and ports. */
    static String clusterProperties(String run, int ownPort, int hz1, int hz2) {
        return "payaramicro.noCluster=false\n"
                + "payaramicro.clusterName=vigil-crash-" + run + "\n"
                + "payaramicro.clusterMode=tcpip:127.0.0.1:" + hz1 + ",127.0.0.1:" + hz2 + "\n"
                + "payaramicro.interfaces=127.0.0.1\n"
                + "payaramicro.startPort=" + ownPort + "\n";
    }

    private static String clusterLine(VigilNode node) {
        try {
            return Files.readAllLines(node.log()).stream().filter(l -> l.contains("DG Size")).reduce((a, b) -> b)
                    .map(l -> l.substring(l.indexOf("DG Name"))).orElse("(no data grid line)");
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("stopping PostgreSQL: " + e);
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }

    private static void say(String format, Object... args) {
        System.out.printf("[%tT] %s%n", java.time.LocalTime.now(), String.format(format, args));
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
