package dev.vigil.server.domain.model.stay;

import dev.vigil.server.domain.model.tenant.PropertyId;
import java.time.Instant;
import java.util.Optional;

/** Repository of stays. */
public interface StayRepository {

    Optional<Stay> find(StayId id);

    /** The latest stay under this reservation reference. */
    Optional<Stay> findByReservation(PropertyId property, String reservationRef);

    /** The stay of a room most recently seen at or after {@code since} (and not after {@code until}). */
    Optional<Stay> findLatestForRoom(PropertyId property, String room, Instant since, Instant until);

    void store(Stay stay);

    /**
     * Holds a stored stay's row until the transaction ends, with its latest state: filings about one
     * stay then take turns instead of racing each other to the same stay and case.
     */
    void hold(Stay stay);

    /**
     * Holds the right to open a new stay for this room and this reservation (either may be null) until the transaction
     * ends. A filing that found no stay takes it and looks again: of two first filings about one room, or about one
     * reservation whether or not they name its room, the second then finds the stay the first opened. Rooms are held
     * apart, so filings about other rooms do not wait; first filings naming a reservation take turns per property.
     */
    void holdOpening(PropertyId property, String room, String reservationRef);
}
