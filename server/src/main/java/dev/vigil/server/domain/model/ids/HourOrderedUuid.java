package dev.vigil.server.domain.model.ids;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * UUIDs whose leading bits are an hour (the layout of a version-7 UUID, its time cut to the hour)
 * and whose other 74 bits are random. Rows made in the same hours sit together in every index their
 * id leads, so reading recent ones touches the same few pages however long the history grows; within
 * an hour the order is random, so an id tells the hour it was made and neither the order nor the
 * number of rows.
 */
public final class HourOrderedUuid {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long HOUR_MS = 3_600_000L;

    private HourOrderedUuid() {
    }

    public static String at(Instant when) {
        return of(when, RANDOM.nextLong(), RANDOM.nextLong());
    }

    /** Deterministic, from 128 bits of which 74 are kept: for generated histories. */
    public static String of(Instant when, long randomHigh, long randomLow) {
        long hour = Math.floorDiv(when.toEpochMilli(), HOUR_MS) * HOUR_MS;
        long hi = (hour << 16) | 0x7000L | (randomHigh & 0x0FFFL);
        long lo = (randomLow & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
