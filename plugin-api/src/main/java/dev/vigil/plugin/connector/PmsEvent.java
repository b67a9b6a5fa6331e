package dev.vigil.plugin.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * Value object: one change the PMS announced, by ids only (no PMS sends data in its events).
 *
 * @param id a stable id of this event, used to drop duplicates: the PMS's event id where it has one,
 *        else one derived from the type, the entity and the time
 * @param type the PMS's own name for the event, e.g. {@code ServiceOrderUpdated} or {@code Reservation/created}
 * @param entityId the id of what changed, as the PMS names it (a reservation, a payment, a customer)
 * @param occurredAt when the PMS says it happened, or when it was received
 */
public record PmsEvent(String id, String type, String entityId, Instant occurredAt) {

    /** Checks that nothing is missing. */
    public PmsEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
