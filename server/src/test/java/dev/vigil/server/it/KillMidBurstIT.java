package dev.vigil.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a 201 promises, tried the hard way: the runnable jar on its embedded default takes a burst of
 * filings from several threads and is killed with SIGKILL in the middle. After a restart on the same
 * data every acknowledged observation is there, every key replays the id it was first answered with,
 * and retrying the unanswered ones files each exactly once.
 */
class KillMidBurstIT {

    private static final Duration BOOT = Duration.ofSeconds(300);
    private static final int THREADS = 6;
    private static final int PER_THREAD = 120;
    private static final int KILL_AFTER = 150;

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedFilingSurvivesSigkill_andEveryKeyReplaysItsFirstAnswer() throws Exception {
        Path data = work.resolve("vigil-data");
        List<String> options = List.of("-Dvigil.data.dir=" + data, "-Dvigil.demo=true");
        Map<String, String> bodies = new ConcurrentHashMap<>();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();

        VigilProcess vigil = VigilProcess.start(work, options, Map.of()).awaitReady(BOOT);
        try {
            burstUntilKilled(vigil, bodies, acknowledged);
        } finally {
            vigil.close();
        }
        assertThat(acknowledged).as("filings answered 201 before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(bodies.size()).as("some filings were still in flight or unsent").isGreaterThan(acknowledged.size());

        try (VigilProcess again = VigilProcess.start(work, options, Map.of()).awaitReady(BOOT)) {
            Http http = new Http(again.baseUrl(), Duration.ofSeconds(60));
            for (Map.Entry<String, String> filing : bodies.entrySet()) {
                Http.Reply retry = http.post("api/v1/observations", "frontdesk", filing.getValue(), "Idempotency-Key", filing.getKey());
                String first = acknowledged.get(filing.getKey());
                if (first != null) {
                    assertThat(retry.status()).as("replay of acknowledged " + filing.getKey() + ": " + retry.body()).isEqualTo(200);
                    assertThat(Json.object(retry.body()).getString("id")).as("replayed id").isEqualTo(first);
                } else {
                    assertThat(retry.status()).as("retry of unanswered " + filing.getKey() + ": " + retry.body()).isIn(200, 201);
                }
            }
            for (String id : acknowledged.values()) {
                Http.Reply read = http.get("api/v1/observations/" + id, "security");
                assertThat(read.status()).as("acknowledged observation " + id + " readable").isEqualTo(200);
            }
        }
        assertThat(storedObservations(data)).as("one observation per key, none lost, none twice").isEqualTo(bodies.size());
    }

    /** Files from several threads until {@link #KILL_AFTER} are acknowledged, then kills the server under them. */
    private static void burstUntilKilled(VigilProcess vigil, Map<String, String> bodies, Map<String, String> acknowledged)
            throws InterruptedException {
        Http http = new Http(vigil.baseUrl(), Duration.ofSeconds(60));
        AtomicBoolean dead = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < PER_THREAD && !dead.get(); i++) {
                    String key = "burst-" + thread + "-" + i;
                    String body = body(thread, i);
                    bodies.put(key, body);
                    try {
                        Http.Reply r = http.post("api/v1/observations", "frontdesk", body, "Idempotency-Key", key);
                        if (r.status() == 201) {
                            acknowledged.put(key, Json.object(r.body()).getString("id"));
                        }
                    } catch (UncheckedIOException e) {
                        return; // the server is gone; what was not answered is retried after the restart
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (acknowledged.size() < KILL_AFTER && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        dead.set(true);
        vigil.kill();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }

    /** A filing about a room of its own, so that a duplicate could not hide among the others. */
    private static String body(int thread, int i) {
        return "{\"propertyId\":\"demo-hotel\",\"observedAt\":\"" + Filings.minutesAgo(30) + "\","
                + "\"reporter\":{\"id\":\"frontdesk\",\"role\":\"HK\"},\"location\":{\"room\":\"" + (1000 + thread * 200 + i)
                + "\"},\"indicators\":[\"BEH_RARELY_LEAVES\",\"ROOM_SUPPLIES_NO_ENTRY\"]}";
    }

    private static long storedObservations(Path data) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("vigil") + ";ACCESS_MODE_DATA=r",
                "vigil", "vigil"); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM observation")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
