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
}
