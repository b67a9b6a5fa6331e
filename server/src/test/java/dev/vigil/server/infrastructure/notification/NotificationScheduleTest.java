package dev.vigil.server.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.notification.NotificationStatus;
import dev.vigil.server.domain.model.notification.RetrySchedule;
import dev.vigil.server.domain.model.notification.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notification's life: claimed, failed and retried with back-off, delivered, or given up on and sent again. */
class NotificationScheduleTest {

    private static final Instant T = Instant.parse("2026-11-22T16:00:00Z");
    private static final RetrySchedule TWO_RETRIES = new RetrySchedule(List.of(Duration.ofSeconds(30), Duration.ofMinutes(5)));

    private static Notification notification() {
        return new Notification("chain", "hotel", "case-1", "case.actions_required", Route.parse("email:sec@hotel.example"),
                "subject", "text", "{}", T);
    }

    @Test
    void failures_waitLongerEachTime_thenBecomeADeadLetter() {
        Notification n = notification();
        assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(n.nextAttemptAt()).contains(T);
        n.claim(T, Duration.ofMinutes(2));
        assertThat(n.status()).isEqualTo(NotificationStatus.SENDING);
        n.failed(T, "SMTP server unreachable", false, TWO_RETRIES);
        assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(n.nextAttemptAt()).contains(T.plusSeconds(30));
        n.claim(T.plusSeconds(30), Duration.ofMinutes(2));
        n.failed(T.plusSeconds(31), "again", false, TWO_RETRIES);
        assertThat(n.nextAttemptAt()).contains(T.plusSeconds(31).plus(Duration.ofMinutes(5)));
        n.claim(T.plus(Duration.ofMinutes(6)), Duration.ofMinutes(2));
        n.failed(T.plus(Duration.ofMinutes(6)), "still down", false, TWO_RETRIES);
        assertThat(n.status()).isEqualTo(NotificationStatus.DEAD);
        assertThat(n.attempts()).isEqualTo(TWO_RETRIES.attempts());
        assertThat(n.lastError()).contains("still down");
        assertThat(n.nextAttemptAt()).isEmpty();

        n.requeue(T.plus(Duration.ofHours(1)));
        assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(n.attempts()).isZero();
        assertThat(n.nextAttemptAt()).contains(T.plus(Duration.ofHours(1)));
    }

    @Test
    void aPermanentFailure_isADeadLetterAtOnce_andOnlyDeadLettersAreSentAgain() {
        Notification n = notification();
        assertThatThrownBy(() -> n.requeue(T)).isInstanceOf(IllegalStateException.class);
        n.claim(T, Duration.ofMinutes(2));
        n.failed(T, "not an e-mail address", true, RetrySchedule.DEFAULT);
        assertThat(n.status()).isEqualTo(NotificationStatus.DEAD);
        assertThat(n.attempts()).isEqualTo(1);
    }

    @Test
    void delivery_isRecorded() {
        Notification n = notification();
        n.claim(T, Duration.ofMinutes(2));
        n.delivered(T.plusSeconds(2));
        assertThat(n.status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(n.deliveredAt()).contains(T.plusSeconds(2));
        assertThat(n.leaseUntil()).isEmpty();
    }

    @Test
    void routes_areSchemeColonRecipient() {
        assertThat(Route.parse(" Webhook:ops ")).isEqualTo(new Route("webhook", "ops"));
        assertThat(Route.parse("sms:+18605550100").recipient()).isEqualTo("+18605550100");
        assertThatThrownBy(() -> Route.parse("security@hotel.example")).hasMessageContaining("scheme:recipient");
        assertThatThrownBy(() -> Route.parse("email:")).hasMessageContaining("recipient");
        assertThatThrownBy(() -> Route.parse("e mail:x")).hasMessageContaining("scheme");
    }
}
