package dev.vigil.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian's package) and reads its report: requests a second, latency percentiles, failed answers. */
final class Wrk {

    /** One wrk run: requests a second, the 50th and 99th percentile in ms, non-2xx answers and socket errors. */
    record Result(double rps, double p50, double p99, long non2xx, long socketErrors) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f req/s (p50 %.1f ms, p99 %.1f ms, non-2xx %d, socket errors %d)", rps, p50, p99,
                    non2xx, socketErrors);
        }
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    /** {@code wrk -t<threads> -c<connections> -d<seconds>s --timeout 30s --latency [more] url}. */
    static Result run(int threads, int connections, int seconds, String url, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "30s", "--latency"));
        command.addAll(List.of(more));
        command.add(url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("wrk failed: " + out);
        }
        return new Result(number(RPS, out), percentile(out, "50%"), percentile(out, "99%"), (long) number(NON2XX, out),
                socketErrors(out));
    }

    private static double number(Pattern p, String out) {
        Matcher m = p.matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static long socketErrors(String out) {
        Matcher m = SOCKET.matcher(out);
        long n = 0;
        if (m.find()) {
            for (int g = 1; g <= 4; g++) {
                n += Long.parseLong(m.group(g));
            }
        }
        return n;
    }

    /** A line of the latency distribution, e.g. {@code 99%  512.33ms}, in milliseconds. */
    private static double percentile(String out, String label) {
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE).matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            default -> v;
        };
    }
}
