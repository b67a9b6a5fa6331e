package dev.vigil.server.application.connector;

import dev.vigil.plugin.stay.StayContext;
import dev.vigil.server.domain.model.tenant.PropertyId;
import java.time.Instant;
import java.util.Optional;

/** Outbound port: the stay contexts the PMS last gave, per property and reservation (tokens only). */
public interface PmsStays {

    /**
     * A stored stay context.
     *
     * @param stay the stay as the PMS gave it
     * @param removed whether the PMS has since deleted the reservation
     * @param fetchedAt when Vigil learned it
     */
    record Stored(StayContext stay, boolean removed, Instant fetchedAt) {
    }

    /** Stores the stay unless a newer version of it is stored; true when stored. */
    boolean save(PropertyId property, StayContext stay, Instant fetchedAt);

    /** Marks a reservation the PMS deleted, unless a newer version is stored. */
    void removed(PropertyId property, String reservationRef, Instant updatedAt);

    Optional<Stored> find(PropertyId property, String reservationRef);

    /**
     * Records that the PMS announced a change of one of the property's stays at {@code at}: every server's cached
     * stays of the property from before then are no longer used.
     */
    void changed(PropertyId property, Instant at);

    /** When the PMS last announced a change of one of the property's stays, on any server. */
    Optional<Instant> changedAt(PropertyId property);

    /** Deletes stay contexts whose departure lies before the given day; how many were deleted. */
    int purgeDepartedBefore(java.time.LocalDate day);
}
