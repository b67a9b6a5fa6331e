package dev.vigil.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * Files observations at a constant rate and measures each one's latency from the moment it was due, not from the
 * moment it was sent: a request that waits because the server was slow with the one before counts its wait
 * (coordinated omission corrected, as wrk2 does). Meanwhile it reads the server's resident memory every 200 ms.
 *
 * <pre>usage: RateLoad --url http://127.0.0.1:8080/ [--rate 100] [--seconds 60] [--warmup 15] [--pid 1234]
 *                 [--user frontdesk] [--password frontdesk-demo] [--out latency.hgrm]</pre>
 */
public final class RateLoad {

    /** What one run measured: latency percentiles in milliseconds, requests, errors, the largest resident set in MiB. */
    public record Result(double p50, double p90, double p99, double p999, double max, long requests, long errors,
                         double achievedRate, long maxRssMib) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms; %,d requests"
                    + " (%.1f a second), %d errors; resident memory at most %d MiB", p50, p90, p99, p999, max, requests,
                    achievedRate, errors, maxRssMib);
        }
    }

    private RateLoad() {
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://127.0.0.1:8080/");
        Result r = run(url, Double.parseDouble(option(args, "--rate", "100")), Integer.parseInt(option(args, "--seconds", "60")),
                Integer.parseInt(option(args, "--warmup", "15")), Long.parseLong(option(args, "--pid", "0")),
                option(args, "--user", "frontdesk"), option(args, "--password", "frontdesk-demo"), option(args, "--out", null));
        System.out.println(r);
    }

    /** Warms up for {@code warmupSeconds} at the same rate, then measures for {@code seconds}. */
    public static Result run(String url, double rate, int seconds, int warmupSeconds, long pid, String user, String password,
                             String histogramOut) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String prefix = "rate-" + Long.toHexString(System.nanoTime());
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong maxRss = new AtomicLong();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(256);
        Thread rss = memoryWatch(pid, maxRss);
        long interval = (long) (1e9 / rate);
        long total = (long) ((warmupSeconds + seconds) * rate);
        long warmupRequests = (long) (warmupSeconds * rate);
        long start = System.nanoTime() + 100_000_000L;
        long measureStart = start + warmupRequests * interval;
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            sleepUntil(due);
            boolean measured = i >= warmupRequests;
            workers.execute(() -> {
                boolean ok = fileOne(http, url, auth, prefix + "-" + counter.incrementAndGet());
                long latency = System.nanoTime() - due; // from when it was due: time spent queued behind a slow one counts
                if (measured) {
                    recorder.recordValue(Math.max(1, latency / 1000));
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
            });
            if (i == warmupRequests) {
                recorder.reset();
                maxRss.set(0);
            }
        }
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.MINUTES);
        long elapsed = System.nanoTime() - measureStart;
        rss.interrupt();
        Histogram h = recorder.getIntervalHistogram();
        if (histogramOut != null) {
            try (var out = new java.io.PrintStream(Files.newOutputStream(Path.of(histogramOut)))) {
                h.outputPercentileDistribution(out, 1000.0);
            }
        }
        return new Result(ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)),
                ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()), h.getTotalCount(), errors.get(),
                h.getTotalCount() / (elapsed / 1e9), maxRss.get());
    }

    private static boolean fileOne(HttpClient http, String url, String auth, String key) {
        int room = 100 + ThreadLocalRandom.current().nextInt(900);
        String body = "{\"propertyId\":\"demo-hotel\",\"observedAt\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "\",\"reporter\":{\"id\":\"frontdesk\",\"role\":\"HK\"},\"location\":{\"room\":\"" + room
                + "\"},\"indicators\":[\"ROOM_LINEN_EXCESS\",\"BEH_RARELY_LEAVES\"]}";
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url + "api/v1/observations"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("Authorization", auth)
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 201;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads VmRSS of the process every 200 ms and keeps the largest value, in MiB. */
    static Thread memoryWatch(long pid, AtomicLong maxMib) {
        Thread t = new Thread(() -> {
            while (pid > 0 && !Thread.currentThread().isInterrupted()) {
                long mib = residentMib(pid);
                maxMib.accumulateAndGet(mib, Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-watch");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The process's resident set in MiB (Linux), 0 when unknown. */
    public static long residentMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            if (left > 2_000_000) {
                Thread.sleep(left / 1_000_000 - 1);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
