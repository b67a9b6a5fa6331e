package dev.vigil.plugin.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.plugin.stay.StayContext;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiVersionTest {

    @Test
    void aServerRunsPluginsOfItsMajorVersion_upToItsOwnMinor() {
        ApiVersion server = ApiVersion.parse("1.2");
        assertThat(server.canRun(ApiVersion.parse("1.0"))).isTrue();
        assertThat(server.canRun(ApiVersion.parse("1.2"))).isTrue();
        assertThat(server.canRun(ApiVersion.parse("1.3"))).as("a newer minor may call what this server lacks").isFalse();
        assertThat(server.canRun(ApiVersion.parse("2.0"))).isFalse();
        assertThat(server.canRun(ApiVersion.parse("0.9"))).isFalse();
    }

    @Test
    void text_thatIsNotMajorDotMinor_isRefused() {
        assertThatThrownBy(() -> ApiVersion.parse("1")).hasMessageContaining("major.minor");
        assertThatThrownBy(() -> ApiVersion.parse("one.two")).hasMessageContaining("major.minor");
        assertThat(ApiVersion.current()).hasToString(ApiVersion.SPEC);
    }

    @Test
    void theNewerUpdateWins_andAnEqualOneIsHarmless() {
        StayContext stay = StayContext.builder("x", "R1").updatedAt(Instant.parse("2026-05-01T10:00:00Z")).build();
        StayUpdate first = StayUpdate.of(stay, Instant.EPOCH);
        StayUpdate older = new StayUpdate("R1", java.util.Optional.empty(), Instant.parse("2026-05-01T09:00:00Z"));
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(first.supersedes(null)).isTrue();
        assertThat(older.supersedes(first)).isFalse();
        assertThat(first.supersedes(first)).isTrue();
    }

    @Test
    void settings_parseDurationsAndNumbers_andNameWhatIsWrong() {
        ConnectorSettings s = name -> java.util.Optional.ofNullable(java.util.Map.of("timeout", "PT3S", "bad", "3s",
                "n", "7").get(name));
        assertThat(s.duration("timeout", null)).hasSeconds(3);
        assertThat(s.duration("missing", java.time.Duration.ofSeconds(9))).hasSeconds(9);
        assertThatThrownBy(() -> s.duration("bad", null)).hasMessageContaining("'bad'");
        assertThat(s.integer("n", 0)).isEqualTo(7);
        assertThatThrownBy(() -> s.require("base-url")).hasMessageContaining("'base-url'");
    }
}
