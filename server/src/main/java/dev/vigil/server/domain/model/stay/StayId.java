package dev.vigil.server.domain.model.stay;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a stay: ordered by the hour it was first seen, random within it ({@link dev.vigil.server.domain.model.ids.HourOrderedUuid}). */
public record StayId(String value) {
    public StayId {
        Objects.requireNonNull(value, "stay id");
        UUID.fromString(value);
    }

    public static StayId random() {
        return new StayId(UUID.randomUUID().toString());
    }

    /** The id of a stay first seen at {@code firstSeen}. */
    public static StayId firstSeenAt(java.time.Instant firstSeen) {
        return new StayId(dev.vigil.server.domain.model.ids.HourOrderedUuid.at(firstSeen));
    }

    /** Deterministic, for generated histories. */
    public static StayId of(java.time.Instant firstSeen, long randomHigh, long randomLow) {
        return new StayId(dev.vigil.server.domain.model.ids.HourOrderedUuid.of(firstSeen, randomHigh, randomLow));
    }

    @Override
    public String toString() {
        return value;
    }
}
