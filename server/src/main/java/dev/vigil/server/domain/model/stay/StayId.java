package dev.vigil.server.domain.model.stay;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a stay. */
public record StayId(String value) {
    public StayId {
        Objects.requireNonNull(value, "stay id");
        UUID.fromString(value);
    }

    public static StayId random() {
        return new StayId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
