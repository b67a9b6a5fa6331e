package dev.vigil.server.domain.model.observation;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of an observation: ordered by the hour it was filed, random within it
 * ({@link dev.vigil.server.domain.model.ids.HourOrderedUuid}).
 */
public record ObservationId(String value) {

    public ObservationId {
        Objects.requireNonNull(value, "observation id");
        UUID.fromString(value); // rejects anything that is not a UUID
    }

    /** A fully random id, for tests and tools that need no locality. */
    public static ObservationId random() {
        return new ObservationId(UUID.randomUUID().toString());
    }

    /** The id of an observation filed at {@code filedAt}. */
    public static ObservationId filedAt(java.time.Instant filedAt) {
        return new ObservationId(dev.vigil.server.domain.model.ids.HourOrderedUuid.at(filedAt));
    }

    /** The id for a filing time and 128 bits of which 74 are kept; deterministic, for generated histories. */
    public static ObservationId of(java.time.Instant filedAt, long randomHigh, long randomLow) {
        return new ObservationId(dev.vigil.server.domain.model.ids.HourOrderedUuid.of(filedAt, randomHigh, randomLow));
    }

    /** Parses an id given in a URL; empty when it cannot be one. */
    public static java.util.Optional<ObservationId> parse(String text) {
        try {
            return java.util.Optional.of(new ObservationId(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
