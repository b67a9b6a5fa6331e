package dev.vigil.server.domain.model.observation;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of an observation: a UUID whose leading bits are the hour it was filed (the layout of a
 * version-7 UUID, its time cut to the hour) and whose other 74 bits are random. Observations filed
 * in the same hours sit together in every index the id leads, so reading recent windows touches the
 * same few pages however long the history grows; within an hour the order is random, so an id
 * reveals the hour it was filed (which its receipt says anyway), not the order or the number of
 * filings.
 */
public record ObservationId(String value) {

    public ObservationId {
        Objects.requireNonNull(value, "observation id");
        UUID.fromString(value); // rejects anything that is not a UUID
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final long HOUR_MS = 3_600_000L;

    /** A fully random id, for tests and tools that need no locality. */
    public static ObservationId random() {
        return new ObservationId(UUID.randomUUID().toString());
    }

    /** The id of an observation filed at {@code filedAt}. */
    public static ObservationId filedAt(java.time.Instant filedAt) {
        return of(filedAt, RANDOM.nextLong(), RANDOM.nextLong());
    }

    /** The id for a filing time and 128 bits of which 74 are kept; deterministic, for generated histories. */
    public static ObservationId of(java.time.Instant filedAt, long randomHigh, long randomLow) {
        long hour = Math.floorDiv(filedAt.toEpochMilli(), HOUR_MS) * HOUR_MS;
        long hi = (hour << 16) | 0x7000L | (randomHigh & 0x0FFFL);
        long lo = (randomLow & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new ObservationId(new UUID(hi, lo).toString());
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
