package dev.vigil.plugin.connector;

import dev.vigil.plugin.stay.StayContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: what an event means for one reservation: its stay as the PMS now has it, or its
 * removal. The server keeps the update with the newest {@link #updatedAt()}, so duplicates and
 * events that arrive out of order change nothing.
 *
 * @param reservationRef the PMS's reservation id
 * @param stay the stay now, or empty when the PMS no longer has the reservation
 * @param updatedAt the PMS's modification time of the reservation (or the event's time when it gives none)
 */
public record StayUpdate(String reservationRef, Optional<StayContext> stay, Instant updatedAt) {

    /** Checks that nothing is missing. */
    public StayUpdate {
        Objects.requireNonNull(reservationRef, "reservationRef");
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * An update carrying the stay as the PMS has it now.
     *
     * @param stay the resolved stay
     * @param fallbackTime the time to use when the stay carries no modification time
     * @return the update
     */
    public static StayUpdate of(StayContext stay, Instant fallbackTime) {
        return new StayUpdate(stay.reservationRef(), Optional.of(stay),
                stay.updatedAt() == null ? fallbackTime : stay.updatedAt());
    }

    /**
     * Whether this update should replace one already applied: it is at least as new.
     *
     * @param applied the update applied before, or null
     * @return true when this one wins
     */
    public boolean supersedes(StayUpdate applied) {
        return applied == null || !updatedAt.isBefore(applied.updatedAt);
    }
}
