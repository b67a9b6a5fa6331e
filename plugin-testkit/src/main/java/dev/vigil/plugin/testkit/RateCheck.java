package dev.vigil.plugin.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Checks request times against a PMS's documented rate limit. */
public final class RateCheck {

    private RateCheck() {
    }

    /**
     * The most requests found in any window of the given length (a sliding window, as PMSs count).
     *
     * @param times when the requests arrived, in any order
     * @param window the window's length
     * @return the largest count
     */
    public static int busiestWindow(List<Instant> times, Duration window) {
        List<Instant> sorted = times.stream().sorted().toList();
        int best = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (Duration.between(sorted.get(from), sorted.get(to)).compareTo(window) >= 0) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }
}
