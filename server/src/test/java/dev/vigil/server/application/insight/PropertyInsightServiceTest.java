package dev.vigil.server.application.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyInsightServiceTest {

    @Test
    void aRoomNumber_namesItsFloor_andAnythingElseHasNone() {
        assertThat(PropertyInsightService.floor("214")).isEqualTo("2");
        assertThat(PropertyInsightService.floor("1203")).isEqualTo("12");
        assertThat(PropertyInsightService.floor("07")).isEqualTo("0");
        assertThat(PropertyInsightService.floor("0915")).isEqualTo("9");
        assertThat(PropertyInsightService.floor("PH-2")).isNull();
    }

    @Test
    void percentiles_takeTheNearestRank() {
        List<Long> minutes = List.of(3L, 5L, 8L, 13L, 21L, 34L, 55L, 89L, 144L, 233L);
        assertThat(PropertyInsightService.percentile(minutes, 50)).isEqualTo(21L);
        assertThat(PropertyInsightService.percentile(minutes, 90)).isEqualTo(144L);
        assertThat(PropertyInsightService.percentile(List.of(7L), 90)).isEqualTo(7L);
        assertThat(PropertyInsightService.percentile(List.of(), 50)).isNull();
    }
}
