package dev.vigil.server.application.notification;

import dev.vigil.plugin.notify.DeliveryException;
import dev.vigil.plugin.notify.NotificationChannel;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers what the outbox holds: claims the most urgent due notifications and hands each to the channel
 * its route names on a thread of its own, so a slow or silent receiver holds up only its own deliveries,
 * never an urgent e-mail claimed beside it. Runs on a timer on every server; the claims keep two servers
 * from sending the same notification, and a lease that runs out (a server died mid-send) lets another
 * server try again, so a receiver may see a notification twice but never miss one.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    /** Claimed per call; the timer calls again while there is room and work. */
    public static final int BATCH = 5;
    /** Deliveries under way at once on this server. */
    public static final int MAX_IN_FLIGHT = 16;
    /** How long a claim is this server's alone. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    /** The longest a channel may take for one delivery: below the lease, so no lease runs out mid-send. */
    public static final Duration MAX_CHANNEL_TIMEOUT = Duration.ofSeconds(90);

    private OutboxWork work;
    private ChannelRegistry channels;
    private Clock clock;
    private DeliveryMonitor monitor = DeliveryMonitor.NONE;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();

    @Resource(lookup = "java:app/concurrent/vigil-deliveries")
    ManagedExecutorService managed;
    private Executor executor;

    protected Dispatcher() {
        // for CDI
    }

    @Inject
    public Dispatcher(OutboxWork work, ChannelRegistry channels, Clock clock, DeliveryMonitor monitor) {
        this(work, channels, clock, monitor, null);
    }

    /** A dispatcher that runs deliveries on the given executor (tests; the server uses its managed one). */
    public Dispatcher(OutboxWork work, ChannelRegistry channels, Clock clock, DeliveryMonitor monitor, Executor executor) {
        this.work = work;
        this.channels = channels;
        this.clock = clock;
        this.monitor = monitor == null ? DeliveryMonitor.NONE : monitor;
        this.executor = executor;
    }

    /** Claims what is due, most urgent first, as far as there is room; returns how many it claimed. */
    public int dispatchDue() {
        int room = room();
        return room <= 0 ? 0 : claimAndStart(room);
    }

    /**
     * Claims and starts due deliveries until nothing more is due or {@code budget} is spent, waiting for room when
     * {@link #MAX_IN_FLIGHT} deliveries are under way; returns how many it started. A burst drains at the pace of
     * its receivers instead of a batch per timer tick.
     */
    public int drain(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        int started = 0;
        while (System.nanoTime() < deadline) {
            int room = room();
            if (room <= 0) {
                if (!await(() -> inFlight.get() < MAX_IN_FLIGHT, deadline)) {
                    break; // the budget is spent (or the thread interrupted)
                }
                continue;
            }
            int claimed = claimAndStart(room);
            started += claimed;
            if (claimed < room) {
                break; // nothing more is due now
            }
        }
        return started;
    }

    /** Waits until no delivery is under way, up to {@code timeout}; true when idle. */
    public boolean awaitIdle(Duration timeout) {
        return await(() -> inFlight.get() == 0, System.nanoTime() + timeout.toNanos());
    }

    private int room() {
        return Math.min(BATCH, MAX_IN_FLIGHT - inFlight.get());
    }

    private int claimAndStart(int room) {
        List<Delivery> batch = work.claim(clock.instant(), LEASE, room);
        batch.forEach(this::start);
        return batch.size();
    }

    /** Waits, woken as each delivery ends, until {@code done} holds or the deadline passes; whether it holds. */
    private boolean await(BooleanSupplier done, long deadline) {
        synchronized (idle) {
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    idle.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Deliveries under way now. */
    public int inFlight() {
        return inFlight.get();
    }

    private void start(Delivery d) {
        inFlight.incrementAndGet();
        Runnable task = () -> {
            try {
                deliver(d);
            } finally {
                synchronized (idle) {
                    inFlight.decrementAndGet();
                    idle.notifyAll();
                }
            }
        };
        try {
            executor().execute(task);
        } catch (RejectedExecutionException e) {
            // the pool is full or shutting down: the claim's lease runs out and this or another server tries again
            synchronized (idle) {
                inFlight.decrementAndGet();
                idle.notifyAll();
            }
            LOG.log(Level.WARNING, "notification {0} could not be handed to a delivery thread; it is tried again when "
                    + "its claim runs out", d.notificationId());
        }
    }

    private Executor executor() {
        if (executor == null) {
            executor = managed != null ? managed : Runnable::run;
        }
        return executor;
    }

    private void deliver(Delivery d) {
        Optional<NotificationChannel> channel = channels.forScheme(d.scheme());
        if (channel.isEmpty()) {
            failed(d, "no channel for '" + d.scheme() + "' on this server; known: " + channels.schemes(), true);
            return;
        }
        try {
            channel.get().deliver(d.message());
            work.delivered(d, clock.instant());
            monitor.delivered(d);
        } catch (DeliveryException e) {
            failed(d, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            // a channel's own fault is worth a retry: it may be a passing state of the plugin
            LOG.log(Level.WARNING, "channel " + d.scheme() + " failed on notification " + d.notificationId(), e);
            failed(d, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private void failed(Delivery d, String error, boolean permanent) {
        boolean dead = work.failed(d, clock.instant(), error, permanent);
        if (dead) {
            LOG.log(Level.WARNING, "notification {0} via {1} is a dead letter after {2} attempt(s): {3}; an administrator "
                    + "can send it again (POST /api/v1/admin/notifications/{0}/retry)", new Object[] {d.notificationId(), d.scheme(),
                    d.attempt(), error});
        } else {
            LOG.log(Level.INFO, "notification {0} via {1} not delivered: {2}; it is tried again",
                    new Object[] {d.notificationId(), d.scheme(), error});
        }
        monitor.failed(d, error, dead);
    }
}
