package dev.vigil.plugin.testkit;

import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.connector.WebhookRequest;
import java.util.List;
import java.util.Set;

/**
 * One event type the PMS documents, as the contract kit delivers it: through a webhook body or by
 * staging it at the fake and polling.
 *
 * @param type the PMS's name of the event type, as the connector reports it in {@link PmsEvent#type()}
 * @param delivery how the kit makes the connector see it
 * @param expectedReservations the reservations whose stays the event must update (empty: none)
 */
public record DocumentedEvent(String type, Delivery delivery, Set<String> expectedReservations) {

    /** How an event reaches the connector. */
    @FunctionalInterface
    public interface Delivery {
        /**
         * Delivers the event.
         *
         * @param connector the connector under test
         * @return the events it read
         * @throws PmsException when the connector fails
         */
        List<PmsEvent> deliver(PmsConnector connector) throws PmsException;
    }

    /**
     * An event that arrives as a webhook body.
     *
     * @param type the event type
     * @param body the body as the PMS documents it
     * @param expectedReservations reservations it must update
     * @return the documented event
     */
    public static DocumentedEvent webhook(String type, String body, String... expectedReservations) {
        WebhookRequest request = WebhookRequest.json(body);
        return new DocumentedEvent(type, c -> c.parseWebhook(request), Set.of(expectedReservations));
    }

    /**
     * An event that the connector polls for, after {@code stage} made the fake offer it.
     *
     * @param type the event type
     * @param stage makes the fake hold the event
     * @param expectedReservations reservations it must update
     * @return the documented event
     */
    public static DocumentedEvent polled(String type, Runnable stage, String... expectedReservations) {
        return new DocumentedEvent(type, c -> {
            stage.run();
            return c.poll();
        }, Set.of(expectedReservations));
    }
}
