package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.Scoring;
import dev.vigil.server.domain.model.pattern.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scoring convention of the pack: each code counts once per {@code repeatAfter} (a code seen
 * again a day later counts again), context codes add at most their cap and only when the pack says
 * they may. Counting by time gaps rather than calendar days keeps the score the same whatever the
 * order observations arrive in.
 */
final class Scorer {

    private Scorer() {
    }

    static int score(Window window, Scoring scoring, Function<IndicatorCode, Indicator> indicators) {
        Map<IndicatorCode, List<Instant>> seen = new TreeMap<>();
        for (ObservationFact f : window.facts()) {
            for (IndicatorCode code : f.codes()) {
                if (!scoring.notScored().contains(code.value())) {
                    seen.computeIfAbsent(code, c -> new ArrayList<>()).add(f.observedAt());
                }
            }
        }
        int strong = 0;
        int context = 0;
        for (var entry : seen.entrySet()) {
            Indicator indicator = indicators.apply(entry.getKey());
            if (indicator == null) {
                continue;
            }
            int times = countSeparated(entry.getValue(), scoring);
            if (indicator.weight() <= scoring.contextWeight()) {
                context += indicator.weight() * times;
            } else {
                strong += indicator.weight() * times;
            }
        }
        boolean contextCounts = context > 0 && scoring.contextCountsWhen() != null && scoring.contextCountsWhen().test(window);
        return strong + (contextCounts ? Math.min(context, scoring.contextCap()) : 0);
    }

    private static int countSeparated(List<Instant> times, Scoring scoring) {
        List<Instant> sorted = times.stream().sorted().toList();
        int count = 0;
        Instant last = null;
        for (Instant t : sorted) {
            if (last == null || !t.isBefore(last.plus(scoring.repeatAfter()))) {
                count++;
                last = t;
            }
        }
        return count;
    }
}
