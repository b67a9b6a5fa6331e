package dev.vigil.server.application.monitoring;

import dev.vigil.server.domain.model.casefile.CaseActions;
import dev.vigil.server.domain.model.notification.NotificationStatus;
import dev.vigil.server.domain.model.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What an operator watches to know that nothing raised is silenced: the outbox by status, how long the
 * oldest notification has waited, and how many protocol steps are overdue. Read in one short
 * transaction and kept for a few seconds, so a scrape every few seconds costs the database little.
 */
@ApplicationScoped
public class OperationalFigures {

    /** One reading. */
    public record Figures(Instant at, Map<NotificationStatus, Long> notifications, Duration oldestWaiting, long overdueActions) {
    }

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    @Inject Outbox outbox;
    @Inject CaseActions actions;
    @Inject Clock clock;

    private volatile Figures last;

    /** The figures, read again when the last reading is more than a few seconds old. */
    @Transactional
    public Figures now() {
        Figures known = last;
        Instant at = clock.instant();
        if (known != null && known.at().plus(FRESH_FOR).isAfter(at)) {
            return known;
        }
        Duration oldest = outbox.oldestWaiting().map(t -> Duration.between(t, at)).orElse(Duration.ZERO);
        Figures fresh = new Figures(at, outbox.countAllByStatus(), oldest.isNegative() ? Duration.ZERO : oldest,
                actions.countOverdue(at));
        last = fresh;
        return fresh;
    }
}
