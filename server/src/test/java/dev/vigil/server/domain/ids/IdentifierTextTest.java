package dev.vigil.server.domain.ids;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.ids.IdentifierText;
import org.junit.jupiter.api.Test;

/** Identifiers and room numbers that look the same on screen are the same value. */
class IdentifierTextTest {

    @Test
    void invisibleCharactersAndCompatibilityForms_fallAway() {
        assertThat(IdentifierText.normalize("2\u200b16")).isEqualTo("216");
        assertThat(IdentifierText.normalize("\ufeff216\u00ad")).isEqualTo("216");
        assertThat(IdentifierText.normalize("\uff12\uff11\uff16")).as("full-width digits").isEqualTo("216");
        assertThat(IdentifierText.normalize("  Suite\u00a0 5 ")).isEqualTo("Suite 5");
        assertThat(IdentifierText.normalize(null)).isNull();
    }

    @Test
    void directionControls_areFoundForRefusal_andNeverKept() {
        assertThat(IdentifierText.hasDirectionControls("\u202e612")).isTrue();
        assertThat(IdentifierText.hasDirectionControls("61\u20662")).isTrue();
        assertThat(IdentifierText.hasDirectionControls("612")).isFalse();
        assertThat(IdentifierText.normalize("\u202e612")).isEqualTo("612");
    }

    @Test
    void roomNumbers_areLettersAndDigitsWithSimpleSeparators() {
        assertThat(IdentifierText.isRoomNumber("216")).isTrue();
        assertThat(IdentifierText.isRoomNumber("PH 3/B-12")).isTrue();
        assertThat(IdentifierText.isRoomNumber("' OR 1=1--")).isFalse();
        assertThat(IdentifierText.isRoomNumber("<b>2</b>")).isFalse();
        assertThat(IdentifierText.isRoomNumber("a".repeat(21))).isFalse();
    }
}
