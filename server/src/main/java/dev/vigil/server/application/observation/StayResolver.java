package dev.vigil.server.application.observation;

import dev.vigil.server.domain.model.ids.IdentifierText;
import dev.vigil.server.domain.model.stay.Stay;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.stay.StayRepository;
import dev.vigil.server.domain.model.tenant.PropertyId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the stay an observation belongs to. Room and reservation identify a stay; a room alone joins
 * the room's last reservation within the join window, or else the stay it opens. Evaluated at the
 * time observed, so late observations land where they happened.
 */
final class StayResolver {

    private final StayRepository stays;
    private final Duration joinWindow;
    private final Duration reservationReuse;

    StayResolver(StayRepository stays, Duration joinWindow, Duration reservationReuse) {
        this.stays = stays;
        this.joinWindow = joinWindow;
        this.reservationReuse = reservationReuse;
    }

    /** The stay for the observation, created or updated; empty for area-only observations without a reservation. */
    Optional<StayId> resolve(PropertyId property, String room, String reservationRef, Instant observedAt) {
        String cleanRoom = blankToNull(IdentifierText.normalize(room));
        String cleanRef = blankToNull(IdentifierText.normalize(reservationRef));
        if (cleanRoom == null && cleanRef == null) {
            return Optional.empty();
        }
        Optional<Stay> found = find(property, cleanRoom, cleanRef, observedAt);
        if (found.isEmpty()) {
            // another filing may be opening this stay right now: wait for it, then look again
            stays.holdOpening(property, cleanRoom, cleanRef);
            found = find(property, cleanRoom, cleanRef, observedAt);
        }
        found.ifPresent(stays::hold);
        Stay stay = found.orElseGet(() -> new Stay(StayId.firstSeenAt(observedAt), property, cleanRoom, cleanRef, observedAt));
        stay.seen(observedAt, cleanRoom, cleanRef);
        stays.store(stay);
        return Optional.of(stay.id());
    }

    private Optional<Stay> find(PropertyId property, String room, String reservationRef, Instant observedAt) {
        return reservationRef != null
                ? stays.findByReservation(property, reservationRef)
                        .filter(stay -> gap(stay, observedAt).compareTo(reservationReuse) < 0)
                        .or(() -> roomStayWithoutReservation(property, room, observedAt))
                : stays.findLatestForRoom(property, room, observedAt.minus(joinWindow), observedAt.plus(joinWindow));
    }

    /** A stay this room opened before its reservation was known takes the reservation now filed. */
    private Optional<Stay> roomStayWithoutReservation(PropertyId property, String room, Instant observedAt) {
        if (room == null) {
            return Optional.empty();
        }
        return stays.findLatestForRoom(property, room, observedAt.minus(joinWindow), observedAt.plus(joinWindow))
                .filter(stay -> stay.reservationRef().isEmpty());
    }

    /** How far the time lies outside the span over which the stay was observed; zero inside it. */
    private static Duration gap(Stay stay, Instant at) {
        if (at.isBefore(stay.firstSeenAt())) {
            return Duration.between(at, stay.firstSeenAt());
        }
        return at.isAfter(stay.lastSeenAt()) ? Duration.between(stay.lastSeenAt(), at) : Duration.ZERO;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
