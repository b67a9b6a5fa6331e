package dev.vigil.server.application.notification;

/**
 * Outbound port told of every delivery's outcome, so that failures are counted and a dead letter is
 * never silent: metrics and the log see them the moment they happen.
 */
public interface DeliveryMonitor {

    /** Tells nobody: for tools and tests that look at the outbox itself. */
    DeliveryMonitor NONE = new DeliveryMonitor() {
    };

    default void delivered(Delivery delivery) {
    }

    /** An attempt failed; {@code dead} when no further attempt will be made. */
    default void failed(Delivery delivery, String error, boolean dead) {
    }
}
