package dev.vigil.bench;

import dev.vigil.bench.PatternBenchmark.LoadResult;
import dev.vigil.bench.PatternBenchmark.SeriesResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's report in Markdown: environment, loads, evaluation series, the goals, notes, profiles and plans. */
final class BenchReport {

    private final Map<String, String> environment;
    private final List<LoadResult> loads;
    private final List<SeriesResult> series;
    private final List<String> notes;
    private final Map<String, String> profiles;
    private final Map<String, String> plans;

    BenchReport(Map<String, String> environment, List<LoadResult> loads, List<SeriesResult> series, List<String> notes,
                Map<String, String> profiles, Map<String, String> plans) {
        this.environment = environment;
        this.loads = loads;
        this.series = series;
        this.notes = notes;
        this.profiles = profiles;
        this.plans = plans;
    }

    void write(Path out, String wallTime) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("### Environment\n\n");
        environment.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("- wall time so far: ").append(wallTime).append("\n\n");

        md.append("### Load\n\n| database | properties | observations a room a day | observations | codes | keys | subjects"
                + " | stays | insert | indexes + statistics | on disk |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (LoadResult l : loads) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.3f | %,d | %,d | %,d | %,d | %,d | %.0f s | %.0f s | %.2f GiB |\n",
                    l.db(), l.properties(), l.density(), l.observations(), l.indicators(), l.keys(), l.subjects(), l.stays(),
                    l.insertSeconds(), l.indexSeconds(), l.bytes() / (double) (1L << 30)));
        }
        md.append("\nAfter every load the schema (columns, constraints, indexes) was compared with the freshly migrated"
                + " one: equal.\n\n");

        md.append("### Evaluation per observation (ms)\n\n| database | stored | series | n | mean | p50 | p95 | p99 | max |\n");
        md.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (SeriesResult s : series) {
            if (!s.series().startsWith("case list")) {
                md.append(row(s));
            }
        }
        md.append("\nWhat the engine read (untimed counting pass over the same observations):\n\n");
        for (SeriesResult s : series) {
            if (!s.series().startsWith("case list") && !s.detail().isEmpty()) {
                md.append(String.format(Locale.ROOT, "- %s %,d, %s: %s\n", s.db(), s.size(), s.series(), s.detail()));
            }
        }

        md.append("\n### p99 growth with the history (goal: p99 at the largest size ≤ 1.5 × p99 at the smallest)\n\n");
        md.append("| database | series | p99 smallest | p99 largest | ratio | goal met |\n| --- | --- | ---: | ---: | ---: | --- |\n");
        Map<String, List<SeriesResult>> groups = new LinkedHashMap<>();
        for (SeriesResult s : series) {
            if (!s.series().startsWith("case list")) {
                groups.computeIfAbsent(s.db() + "|" + s.series(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<SeriesResult> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            SeriesResult small = g.stream().min(java.util.Comparator.comparingLong(SeriesResult::size)).orElseThrow();
            SeriesResult large = g.stream().max(java.util.Comparator.comparingLong(SeriesResult::size)).orElseThrow();
            double ratio = large.times().ms(99) / small.times().ms(99);
            md.append(String.format(Locale.ROOT, "| %s | %s | %.2f ms at %,d | %.2f ms at %,d | %.2f | %s |\n", small.db(),
                    small.series(), small.times().ms(99), small.size(), large.times().ms(99), large.size(), ratio,
                    ratio <= 1.5 ? "yes" : "no"));
        }

        md.append("\n### Case list (ms; goal p99 ≤ 100 ms)\n\n| database | stored | query | n | p50 | p95 | p99 | max | goal met |\n");
        md.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (SeriesResult s : series) {
            if (s.series().startsWith("case list")) {
                md.append(String.format(Locale.ROOT, "| %s | %,d | %s (%s) | %d | %.2f | %.2f | %.2f | %.2f | %s |\n", s.db(),
                        s.size(), s.series().substring("case list, ".length()), s.detail(), s.times().size(), s.times().ms(50),
                        s.times().ms(95), s.times().ms(99), s.times().maxMs(), s.times().ms(99) <= 100 ? "yes" : "no"));
            }
        }
        if (!notes.isEmpty()) {
            md.append("\n### Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        if (!profiles.isEmpty()) {
            md.append("\n### Profile (--profile true: sampled, slower than the figures above)\n\n");
            profiles.forEach((k, v) -> md.append("**").append(k).append("**: ").append(v.strip()).append("\n\n"));
        }
        if (!plans.isEmpty()) {
            md.append("\n### Query plans\n\n");
            plans.forEach((k, v) -> md.append("**").append(k).append("**\n\n```\n").append(v.strip()).append("\n```\n\n"));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }

    private static String row(SeriesResult s) {
        Percentiles t = s.times();
        return String.format(Locale.ROOT, "| %s | %,d | %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |\n", s.db(), s.size(),
                s.series(), t.size(), t.meanMs(), t.ms(50), t.ms(95), t.ms(99), t.maxMs());
    }
}
