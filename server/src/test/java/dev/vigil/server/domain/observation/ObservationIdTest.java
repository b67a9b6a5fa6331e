package dev.vigil.server.domain.observation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.observation.ObservationId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids sort by the hour they were filed and say nothing finer: neither the minute nor the order within the hour. */
class ObservationIdTest {

    private static final Instant T = Instant.parse("2026-11-22T14:05:00Z");

    @Test
    void idsOfLaterHours_sortAfter_andAreVersion7Uuids() {
        ObservationId earlier = ObservationId.filedAt(T);
        ObservationId later = ObservationId.filedAt(T.plusSeconds(3600));
        assertThat(later.value()).isGreaterThan(earlier.value());
        UUID uuid = UUID.fromString(earlier.value());
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid.getMostSignificantBits() >>> 16).as("the hour, in milliseconds")
                .isEqualTo(Instant.parse("2026-11-22T14:00:00Z").toEpochMilli());
    }

    @Test
    void withinAnHour_theTimePrefixIsTheSame_andTheRestIsRandom() {
        Set<String> ids = new HashSet<>();
        Set<Long> prefixes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ObservationId id = ObservationId.filedAt(T.plusSeconds(i * 3L));
            ids.add(id.value());
            prefixes.add(UUID.fromString(id.value()).getMostSignificantBits() >>> 16);
        }
        assertThat(ids).hasSize(1000);
        assertThat(prefixes).hasSize(1);
        assertThat(ObservationId.of(T, 1, 2)).isEqualTo(ObservationId.of(T.plusSeconds(600), 1, 2));
    }
}
