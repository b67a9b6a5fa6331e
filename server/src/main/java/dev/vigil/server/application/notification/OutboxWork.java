package dev.vigil.server.application.notification;

import dev.vigil.plugin.notify.OutboundMessage;
import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The dispatcher's short transactions: claim what is due, then record each outcome. Delivery itself
 * happens between them, outside any transaction, so a slow receiver holds no lock and no connection.
 * Each is a transaction of its own whatever the caller runs in: a claim must be committed before its
 * delivery starts on another thread, or the outcome would find the row unclaimed and be lost (the
 * notification then went out again when its lease ran out).
 */
@ApplicationScoped
public class OutboxWork {

    private Outbox outbox;
    private NotificationSettings settings;

    protected OutboxWork() {
        // for CDI
    }

    @Inject
    public OutboxWork(Outbox outbox, NotificationSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Delivery> claim(Instant now, Duration lease, int max) {
        return outbox.claimDue(now, lease, max).stream().map(OutboxWork::delivery).toList();
    }

    /** Records a delivery, unless another server has claimed the row since (its lease ran out): then that claim decides. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(Delivery d, Instant now) {
        outbox.find(d.notificationId()).filter(n -> stillOurs(n, d)).ifPresent(n -> n.delivered(now));
    }

    /** Records a failed attempt; returns true when the notification is now a dead letter. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(Delivery d, Instant now, String error, boolean permanent) {
        return outbox.find(d.notificationId()).filter(n -> stillOurs(n, d)).map(n -> {
            n.failed(now, error, permanent, settings.retrySchedule());
            return n.status() == dev.vigil.server.domain.model.notification.NotificationStatus.DEAD;
        }).orElse(false);
    }

    private static boolean stillOurs(Notification n, Delivery d) {
        return n.status() == dev.vigil.server.domain.model.notification.NotificationStatus.SENDING && n.attempts() == d.attempt();
    }

    private static Delivery delivery(Notification n) {
        return new Delivery(n.id(), n.attempts(), n.route().scheme(), new OutboundMessage(n.id(), n.route().recipient(), n.event(),
                n.subject(), n.text(), n.json(), n.createdAt()));
    }
}
