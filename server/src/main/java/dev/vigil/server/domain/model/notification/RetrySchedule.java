package dev.vigil.server.domain.model.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a failed delivery again: quickly at first, since most failures are a receiver's
 * brief hiccup and an urgent case cannot wait, then further apart; after the last delay the
 * notification is a dead letter for an administrator to look at.
 */
public record RetrySchedule(List<Duration> delays) {

    /** 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h: nine attempts over about 16 hours. */
    public static final RetrySchedule DEFAULT = new RetrySchedule(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4),
            Duration.ofHours(8)));

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /** The wait after the given number of failed attempts, or empty when it is time to give up. */
    public Optional<Duration> after(int failedAttempts) {
        return failedAttempts >= 1 && failedAttempts <= delays.size() ? Optional.of(delays.get(failedAttempts - 1)) : Optional.empty();
    }

    /** How many attempts a notification gets in all. */
    public int attempts() {
        return delays.size() + 1;
    }
}
