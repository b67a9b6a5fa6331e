package dev.vigil.server.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.text.BidiText;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one routine that keeps numbers, codes and names readable inside right-to-left text. */
class BidiTextTest {

    private static final String LRI = "\u2066";
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    @Test
    void leftToRightText_isLeftExactlyAsItIs() {
        String english = "Call 1-888-373-7888 (or text HELP to 233733) within 24 hours.";
        assertThat(BidiText.isolate(english)).isSameAs(english);
        assertThat(BidiText.fill("Call {N} now.", Map.of("N", "911"))).isEqualTo("Call 911 now.");
    }

    @Test
    void numbersCodesAndLatinNames_inRightToLeftText_goIntoTheirOwnIsolate() {
        assertThat(BidiText.isolate("الاتصال بالرقم 1-888-373-7888 الآن"))
                .isEqualTo("الاتصال بالرقم " + LRI + "1-888-373-7888" + PDI + " الآن");
        assertThat(BidiText.isolate("בתוך 24 שעות (CGS 17a-101b)."))
                .isEqualTo("בתוך " + LRI + "24" + PDI + " שעות (" + LRI + "CGS 17a-101b" + PDI + ").");
        assertThat(BidiText.isolate("לוחית +972-3-560-2530 פעם"))
                .isEqualTo("לוחית " + LRI + "+972-3-560-2530" + PDI + " פעם");
    }

    @Test
    void anArabicCommaInsideALatinNumberRun_becomesALatinComma_soTheRunStaysWhole() {
        assertThat(BidiText.isolate("بخط (1-800-842-2288، TDD 1-800-624-5518) الآن"))
                .isEqualTo("بخط (" + LRI + "1-800-842-2288, TDD 1-800-624-5518" + PDI + ") الآن");
        // between Arabic words it stays Arabic
        assertThat(BidiText.isolate("الأمن، ثم المدير")).isEqualTo("الأمن، ثم المدير");
    }

    @Test
    void isolatingTwice_changesNothing() {
        String once = BidiText.isolate("يجب الاتصال بالرقم 911 خلال 5 دقائق");
        assertThat(BidiText.isolate(once)).isEqualTo(once);
        assertThat(BidiText.strip(once)).isEqualTo("يجب الاتصال بالرقم 911 خلال 5 دقائق");
    }

    @Test
    void substitutedValues_goInFirstStrongIsolates_inRightToLeftTemplates_orWhenTheyAreRightToLeft() {
        assertThat(BidiText.fill("יש להתקשר ל-{EMERGENCY}", Map.of("EMERGENCY", "100")))
                .isEqualTo("יש להתקשר ל-" + FSI + "100" + PDI);
        assertThat(BidiText.fill("A case at {P} is URGENT", Map.of("P", "מלון הים 3")))
                .isEqualTo("A case at " + FSI + "מלון הים " + LRI + "3" + PDI + PDI + " is URGENT");
        assertThat(BidiOrder.misordered(BidiText.fill("الاتصال بالرقم {H}", Map.of("H", "1-888-373-7888")))).isEmpty();
    }

    @Test
    void aRightToLeftValue_keepsTheNumbersInsideIt_inWrittenOrder_whateverTheTemplate() {
        // a step's or an indicator's own text substituted whole: its isolate must not hide its numbers from the routine
        String step = "يجب الاتصال بالرقم 1-800-842-2288 خلال 12 ساعة";
        assertThat(BidiOrder.misordered(BidiText.fill("الخطوة: {STEP}", Map.of("STEP", step)))).isEmpty();
        assertThat(BidiOrder.misordered(BidiText.fill("Step: {STEP}", Map.of("STEP", step)))).isEmpty();
        assertThat(BidiOrder.misordered(dev.vigil.server.testing.TestPacks.messages().in("ar")
                .say("place.roomArea", "room", "714", "area", "الطابق 1-2"))).isEmpty();
        assertThat(BidiText.value(BidiText.value(step))).isEqualTo(BidiText.value(step));
    }
}
