package dev.vigil.plugin.connector;

import dev.vigil.plugin.stay.StayContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One property's connection to its PMS: resolves a reservation or a room into a {@link StayContext}
 * and turns the PMS's change events into {@link StayUpdate}s.
 *
 * <p>Rules every implementation keeps, checked by the contract test kit:
 * <ul>
 *   <li><b>Read only.</b> It never writes to the PMS: Vigil never writes suspicion back.</li>
 *   <li><b>Tokens only.</b> Guest, booker, payer and card identifiers pass through the context's
 *   tokenizer inside the mapping code; no raw identifier appears in what it returns, throws or logs.</li>
 *   <li><b>Safe to repeat.</b> Events may come twice and out of order; each update carries the PMS's
 *   modification time so the server keeps the newest.</li>
 *   <li><b>Bounded.</b> Calls time out, retry with back-off on {@code 429} and {@code 5xx} (honouring
 *   {@code Retry-After}), and stay under the PMS's documented rate.</li>
 * </ul>
 * Methods may be called from several threads at once.
 */
public interface PmsConnector extends AutoCloseable {

    /**
     * The stay of one reservation.
     *
     * @param reservationRef the PMS's reservation id or confirmation number, as staff typed it
     * @return the stay, or empty when the PMS knows no such reservation
     * @throws PmsException when the PMS could not be asked or refused the credentials
     */
    Optional<StayContext> resolveReservation(String reservationRef) throws PmsException;

    /**
     * The stay in a room at a time: the reservation in house then, else the one that arrived or left
     * that day.
     *
     * @param room the room number as staff know it
     * @param at when the observation was made
     * @return the stay, or empty when the room was empty
     * @throws PmsException when the PMS could not be asked or refused the credentials
     */
    Optional<StayContext> resolveRoom(String room, Instant at) throws PmsException;

    /**
     * Reads the events in a webhook delivery. Does no I/O: the server answers the PMS as soon as this
     * returns and handles the events later. Events of other properties are left out.
     *
     * @param request the delivery as received
     * @return the events it carries, possibly none
     * @throws PmsException with kind {@link PmsException.Kind#BAD_RESPONSE} when the body is not the PMS's format
     */
    default List<PmsEvent> parseWebhook(WebhookRequest request) throws PmsException {
        return List.of();
    }

    /**
     * Fetches what an event names and turns it into stay updates. An event that does not change a
     * stay (a message, a rate) yields none.
     *
     * @param event an event from {@link #parseWebhook} or {@link #poll}
     * @return the updates, possibly none
     * @throws PmsException when the PMS could not be asked
     */
    List<StayUpdate> updatesFor(PmsEvent event) throws PmsException;

    /**
     * How often the server should call {@link #poll()}: for a PMS that has no webhooks.
     *
     * @return the interval, or empty when the PMS pushes its events
     */
    default Optional<Duration> pollInterval() {
        return Optional.empty();
    }

    /**
     * Reads the events waiting at the PMS since the last call.
     *
     * @return the events, possibly none
     * @throws PmsException when the PMS could not be asked
     */
    default List<PmsEvent> poll() throws PmsException {
        return List.of();
    }

    /**
     * The connection's state from its last exchanges with the PMS, without calling it.
     *
     * @return the last known health
     */
    HealthReport health();

    /**
     * Makes one light, read-only call (a token, a configuration read) and reports the result.
     *
     * @return the health found
     */
    HealthReport checkHealth();

    /** Releases threads and connections. */
    @Override
    default void close() {
    }
}
