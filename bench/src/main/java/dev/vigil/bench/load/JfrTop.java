package dev.vigil.bench.load;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a flight recording's CPU samples and prints where the time went: the methods with the most samples on top of
 * the stack (self), the methods with the most samples anywhere on the stack (total), restricted to frames worth naming,
 * where the threads waited longest (parked, waiting or entering a monitor: the time a CPU profile does not show),
 * and writes the stacks in the collapsed format flame-graph tools read ({@code frame;frame;frame count}).
 *
 * <pre>usage: JfrTop &lt;recording.jfr&gt; [--threads prefix] [--top 25] [--collapsed out.txt] [--only dev.vigil]</pre>
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String threads = option(args, "--threads", "");
        int top = Integer.parseInt(option(args, "--top", "25"));
        String collapsedOut = option(args, "--collapsed", null);
        String only = option(args, "--only", null);
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> collapsed = new HashMap<>();
        Map<String, Double> waits = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (WAITS.contains(e.getEventType().getName())) {
                wait(e, threads, waits);
                continue;
            }
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            var thread = e.getThread("sampledThread");
            if (thread == null || !String.valueOf(thread.getJavaName()).startsWith(threads)) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = st.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            List<String> path = new ArrayList<>();
            for (int i = frames.size() - 1; i >= 0; i--) {
                String n = name(frames.get(i));
                path.add(n);
                if (seen.add(n)) {
                    total.merge(n, 1, Integer::sum);
                }
            }
            collapsed.merge(String.join(";", path), 1, Integer::sum);
        }
        PrintStream out = System.out;
        out.printf("%,d CPU samples%s%n%n", samples, threads.isEmpty() ? "" : " on threads " + threads + "*");
        print(out, "self (top of stack)", self, samples, top, null);
        print(out, "total (anywhere on the stack)", total, samples, top, only);
        out.println("waiting (parked, in Object.wait or entering a monitor for 10 ms or more), seconds summed over the threads,"
                + " by where it waited and the first frame of " + (only == null ? "the application" : only) + ":");
        waits.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .forEach(w -> out.printf("  %7.1f s  %s%n", w.getValue(), w.getKey()));
        out.println();
        if (collapsedOut != null) {
            List<String> lines = new ArrayList<>();
            collapsed.forEach((k, v) -> lines.add(k + " " + v));
            Files.write(Path.of(collapsedOut), lines);
        }
    }

    private static void print(PrintStream out, String title, Map<String, Integer> counts, int samples, int top, String only) {
        out.println(title + (only == null ? "" : ", frames of " + only + "*") + ":");
        counts.entrySet().stream().filter(e -> only == null || e.getKey().startsWith(only))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
        out.println();
    }

    private static final Set<String> WAITS = Set.of("jdk.ThreadPark", "jdk.JavaMonitorWait", "jdk.JavaMonitorEnter");
    private static final Set<String> PLUMBING = Set.of("java.", "jdk.", "sun.");

    /** Adds one wait of a matching thread, keyed by the first frame outside the JDK and the first application frame. */
    private static boolean wait(RecordedEvent e, String threads, Map<String, Double> waits) {
        var thread = e.getThread("eventThread");
        RecordedStackTrace st = e.getStackTrace();
        if (thread == null || !String.valueOf(thread.getJavaName()).startsWith(threads) || st == null) {
            return false;
        }
        List<RecordedFrame> frames = st.getFrames();
        String where = frames.stream().map(JfrTop::name).filter(n -> PLUMBING.stream().noneMatch(n::startsWith)).findFirst()
                .orElse(frames.isEmpty() ? "?" : name(frames.get(0)));
        if (where.startsWith("org.glassfish.grizzly.threadpool")) {
            return false; // an idle worker waiting for a request
        }
        String app = frames.stream().map(JfrTop::name).filter(n -> n.startsWith("dev.vigil") && !n.contains("$Proxy$"))
                .findFirst().orElse("-");
        waits.merge(where + "  <  " + app, e.getDuration().toNanos() / 1e9, Double::sum);
        return true;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
