package dev.vigil.server.infrastructure.metrics;

import dev.vigil.server.application.monitoring.OperationalFigures;
import dev.vigil.server.application.monitoring.TimerRuns;
import dev.vigil.server.application.notification.Delivery;
import dev.vigil.server.application.notification.DeliveryMonitor;
import dev.vigil.server.domain.model.notification.NotificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Vigil's own figures on {@code /metrics?scope=application}: deliveries by outcome, dead letters, the
 * outbox by status, the age of the oldest waiting notification, overdue protocol steps and how long
 * ago each background job last ran. docs/operations.md says what to alert on.
 */
@ApplicationScoped
public class VigilMetrics implements DeliveryMonitor {

    private static final Logger LOG = Logger.getLogger(VigilMetrics.class.getName());

    @Inject MetricRegistry registry;
    @Inject OperationalFigures figures;
    @Inject TimerRuns runs;
    @Inject Clock clock;

    /** Registers the gauges; called once at startup. */
    public void register() {
        for (NotificationStatus status : NotificationStatus.values()) {
            gauge("vigil_notifications", "Notifications in the outbox, by status", "notifications",
                    () -> figure(() -> figures.now().notifications().getOrDefault(status, 0L)),
                    new Tag("status", status.name().toLowerCase(Locale.ROOT)));
        }
        gauge("vigil_notifications_oldest_waiting_seconds", "Age of the oldest notification not yet delivered", "seconds",
                () -> figure(() -> figures.now().oldestWaiting().toSeconds()));
        gauge("vigil_case_actions_overdue", "Protocol steps still pending past their deadline", "actions",
                () -> figure(() -> figures.now().overdueActions()));
        for (String timer : new String[] {TimerRuns.DISPATCH, TimerRuns.DEADLINES, TimerRuns.RETENTION}) {
            gauge("vigil_timer_last_run_age_seconds", "Seconds since the background job last ran on this server "
                    + "(-1: not yet)", "seconds", () -> runs.lastRun(timer)
                    .map(t -> Duration.between(t, clock.instant()).toSeconds()).orElse(-1L), new Tag("timer", timer));
        }
    }

    private void gauge(String name, String description, String unit, Supplier<Long> value, Tag... tags) {
        // no unit: the exporter would append it to names that already say what they count
        registry.gauge(Metadata.builder().withName(name).withDescription(description).withUnit(MetricUnits.NONE).build(),
                value, tags);
    }

    /** A gauge never fails a scrape: a database that cannot answer shows as -1. */
    private static long figure(Supplier<Long> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a metric could not be read", e);
            return -1;
        }
    }

    @Override
    public void delivered(Delivery delivery) {
        registry.counter("vigil_notifications_delivered", new Tag("channel", delivery.scheme())).inc();
    }

    @Override
    public void failed(Delivery delivery, String error, boolean dead) {
        registry.counter("vigil_notifications_failed_attempts", new Tag("channel", delivery.scheme())).inc();
        if (dead) {
            registry.counter("vigil_notifications_dead_letters", new Tag("channel", delivery.scheme())).inc();
        }
    }
}
