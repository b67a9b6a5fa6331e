package dev.vigil.server.infrastructure.packs;

import java.time.Duration;

/** Durations as packs write them: {@code 30m}, {@code 12h}, {@code 7d}, {@code 0} or {@code instant}. */
final class Durations {

    private Durations() {
    }

    static Duration parse(String text) {
        String t = text.trim();
        if (t.equals("0") || t.equals("instant")) {
            return Duration.ZERO;
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("not a duration: " + text);
        };
    }
}
