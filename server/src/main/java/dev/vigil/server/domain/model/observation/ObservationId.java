package dev.vigil.server.domain.model.observation;

import java.util.Objects;
import java.util.UUID;

/** Identifier of an observation; random, so it reveals neither order nor volume. */
public record ObservationId(String value) {

    public ObservationId {
        Objects.requireNonNull(value, "observation id");
        UUID.fromString(value); // rejects anything that is not a UUID
    }

    public static ObservationId random() {
        return new ObservationId(UUID.randomUUID().toString());
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
