package dev.vigil.bench.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PMS integration filing observations across the servers as a real one would: each observation has its own
 * {@code Idempotency-Key}, and an observation whose answer did not come (a refused connection, a reset, a timeout, a
 * {@code 5xx}) is sent again, with the same key and the same body, to the other server, until one answers {@code 2xx}.
 * What each key was answered is kept for the checks.
 */
final class LoadClient {

    /** What one key was finally answered. */
    record Ack(String key, String id, int status, int attempts) {
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> CODES = List.of("ROOM_LINEN_EXCESS", "BEH_RARELY_LEAVES", "ROOM_DND_EXTENDED",
            "ROOM_SUPPLIES_NO_ENTRY", "VIS_SHORT_VISIT", "VIS_ESCORTED_IN_TURN", "PAY_CASH_ONLY", "BOOK_EXTEND_DAILY",
            "CTRL_SPEAKS_FOR", "CTRL_LOOKOUT", "BEH_INCONSISTENT_STORY", "ROOM_OVEROCCUPIED", "MIN_NOT_AT_CHECKIN",
            "VIS_WAITING_TURN", "BOOK_EXTRA_KEYS");
    private static final List<String> ROLES = List.of("FD", "HK", "SEC", "FB", "MNT");

    final Map<String, Ack> acks = new ConcurrentHashMap<>();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    final AtomicInteger replays = new AtomicInteger();
    final AtomicInteger notDeployed = new AtomicInteger();
    final List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String run;
    private final int rooms;
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString("integration:integration-demo".getBytes(StandardCharsets.UTF_8));

    LoadClient(String run, int observations) {
        this.run = run;
        this.rooms = Math.max(20, observations / 25); // about 25 filings a room: cases grow, none without bound
    }

    /**
     * Files observations {@code 0..n-1} on {@code connections} threads, alternating between the servers; calls
     * {@code atHalf} once, on its own thread, when half of them are acknowledged.
     */
    void file(int n, int connections, List<String> servers, Runnable atHalf) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger half = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    fileOne(i, servers);
                    if (acknowledged.incrementAndGet() == n / 2 && half.getAndIncrement() == 0) {
                        new Thread(atHalf, "at-half").start();
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
    }

    private void fileOne(int i, List<String> servers) throws InterruptedException {
        String key = "crash-" + run + "-" + i;
        String body = body(i);
        for (int attempt = 1; ; attempt++) {
            String server = servers.get((i + attempt - 1) % servers.size());
            sent.incrementAndGet();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "api/v1/observations"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 || r.statusCode() == 201) {
                    Matcher m = ID.matcher(r.body());
                    if (!m.find()) {
                        refusals.add(key + ": " + r.statusCode() + " without an id: " + r.body());
                        return;
                    }
                    if (r.statusCode() == 200) {
                        replays.incrementAndGet();
                    }
                    acks.put(key, new Ack(key, m.group(1), r.statusCode(), attempt));
                    return;
                }
                if (notYetDeployed(r)) {
                    // a restarting server's HTTP listener answers before Vigil is deployed on it: a load balancer
                    // checking /health/ready would not have sent it there, so the other server gets the request
                    notDeployed.incrementAndGet();
                } else if (r.statusCode() < 500) {
                    refusals.add(key + ": " + r.statusCode() + " " + r.body());
                    return; // a 4xx from Vigil is the client's fault or a broken promise: the checks report it
                }
            } catch (IOException e) {
                // the server died, is starting, or did not answer in time: the other one gets the same request
            }
            retries.incrementAndGet();
            Thread.sleep(Math.min(2000, 50L * attempt));
        }
    }

    /** The container's own error page, not an answer of Vigil's (whose errors are problem+json). */
    private static boolean notYetDeployed(HttpResponse<String> r) {
        return r.statusCode() == 404 && !r.headers().firstValue("Content-Type").orElse("").contains("problem+json");
    }

    /** Observation {@code i}'s body: the same on every attempt, so a retry is the same request. */
    private String body(int i) {
        SplittableRandom r = new SplittableRandom(run.hashCode() * 31L + i);
        int room = 100 + r.nextInt(rooms);
        String codes = String.join("\",\"", pick(r, 1 + r.nextInt(3)));
        String subjects = r.nextInt(100) < 3 ? ",\"subjects\":{\"vehicle\":\"CT " + (1000 + r.nextInt(rooms)) + "\"}" : "";
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return "{\"propertyId\":\"demo-hotel\",\"observedAt\":\"" + at + "\",\"reporter\":{\"id\":\"staff-" + r.nextInt(8)
                + "\",\"role\":\"" + ROLES.get(r.nextInt(ROLES.size())) + "\"},\"location\":{\"room\":\"" + room
                + "\"},\"indicators\":[\"" + codes + "\"]" + subjects + "}";
    }

    private static List<String> pick(SplittableRandom r, int n) {
        List<String> codes = new ArrayList<>(CODES);
        List<String> picked = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            picked.add(codes.remove(r.nextInt(codes.size())));
        }
        return picked;
    }
}
