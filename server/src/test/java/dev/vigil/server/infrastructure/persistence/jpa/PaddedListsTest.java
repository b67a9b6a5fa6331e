package dev.vigil.server.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Batched IN lists take a power-of-two length, repeating their last value, and lose nothing. */
class PaddedListsTest {

    private static List<String> values(int n) {
        return IntStream.range(0, n).mapToObj(i -> "v" + i).toList();
    }

    @Test
    void listsGrowToTheNextPowerOfTwo_byRepeatingTheLastValue() {
        assertThat(JpaObservationHistory.padded(values(1))).containsExactly("v0");
        assertThat(JpaObservationHistory.padded(values(2))).containsExactly("v0", "v1");
        assertThat(JpaObservationHistory.padded(values(3))).containsExactly("v0", "v1", "v2", "v2");
        assertThat(JpaObservationHistory.padded(values(500))).hasSize(512).containsAll(values(500)).endsWith("v499");
        assertThat(JpaObservationHistory.padded(values(512))).hasSize(512);
        assertThat(JpaObservationHistory.padded(values(513))).hasSize(1024);
    }
}
