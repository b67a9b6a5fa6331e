package dev.vigil.server.application.notification;

import dev.vigil.plugin.notify.DeliveryException;
import dev.vigil.plugin.notify.NotificationChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers what the outbox holds: claims a batch, hands each notification to the channel its route
 * names, records the outcome. Runs on a timer on every server; the claims keep two servers from
 * sending the same notification, and a lease that runs out (a server died mid-send) lets another
 * server try again, so a receiver may see a notification twice but never miss one.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    /** Small enough that every claimed row is sent well within its lease, even when each send waits for a timeout. */
    public static final int BATCH = 5;
    /** Longer than any channel's timeout, so a lease never runs out while its delivery is still under way. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private OutboxWork work;
    private ChannelRegistry channels;
    private Clock clock;

    protected Dispatcher() {
        // for CDI
    }

    @Inject
    public Dispatcher(OutboxWork work, ChannelRegistry channels, Clock clock) {
        this.work = work;
        this.channels = channels;
        this.clock = clock;
    }

    /** Delivers one batch of due notifications; returns how many it handled, delivered or not. */
    public int dispatchDue() {
        List<Delivery> batch = work.claim(clock.instant(), LEASE, BATCH);
        batch.forEach(this::deliver);
        return batch.size();
    }

    private void deliver(Delivery d) {
        Optional<NotificationChannel> channel = channels.forScheme(d.scheme());
        if (channel.isEmpty()) {
            work.failed(d, clock.instant(), "no channel for '" + d.scheme() + "' on this server; known: "
                    + channels.schemes(), true);
            return;
        }
        try {
            channel.get().deliver(d.message());
            work.delivered(d, clock.instant());
        } catch (DeliveryException e) {
            LOG.log(Level.INFO, "notification {0} via {1} not delivered: {2}", new Object[] {d.notificationId(), d.scheme(), e.getMessage()});
            work.failed(d, clock.instant(), e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            // a channel's own fault is worth a retry: it may be a passing state of the plugin
            LOG.log(Level.WARNING, "channel " + d.scheme() + " failed on notification " + d.notificationId(), e);
            work.failed(d, clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }
}
