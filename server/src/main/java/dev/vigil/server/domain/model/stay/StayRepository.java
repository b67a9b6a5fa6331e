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
}
