package dev.vigil.server.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.text.BidiText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Hebrew and Arabic text of the packs that holds digits, as Vigil shows it (through
 * {@link BidiText#isolate}), shows its numbers in the order they are written.
 */
class RightToLeftNumbersTest {

    @Test
    void everyHebrewAndArabicPackTextWithDigits_showsItsNumbersInWrittenOrder() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (PackTexts.Text text : PackTexts.all()) {
            for (String lang : List.of("he", "ar")) {
                String written = text.byLanguage().get(lang);
                if (written == null || written.chars().noneMatch(Character::isDigit)) {
                    continue;
                }
                checked++;
                List<String> wrong = BidiOrder.misordered(BidiText.isolate(written));
                if (!wrong.isEmpty()) {
                    problems.add(text.where() + " " + lang + ": " + wrong + " in " + written);
                }
            }
        }
        assertThat(checked).as("Hebrew and Arabic texts with digits").isGreaterThan(60);
        assertThat(problems).isEmpty();
    }

    @Test
    void withoutIsolation_anArabicPhoneNumberAndAnActNumberShowBackwards() {
        // the review's finding: this is what the check catches when the routine is left out
        assertThat(BidiOrder.misordered("الاتصال بالرقم 1-888-373-7888 الآن")).containsExactly("1-888-373-7888");
        assertThat(BidiOrder.misordered("(القانون العام 23-20 في ولاية كونيتيكت)")).containsExactly("23-20");
        assertThat(BidiOrder.misordered(BidiText.isolate("الاتصال بالرقم 1-888-373-7888 الآن"))).isEmpty();
    }

    @Test
    void hebrewWasNeverAffected_butIsIsolatedAllTheSame() {
        assertThat(BidiOrder.misordered("יש להתקשר ל-1-888-373-7888")).isEmpty();
        assertThat(BidiText.isolate("יש להתקשר ל-911 עכשיו")).isEqualTo("יש להתקשר ל-\u2066911\u2069 עכשיו");
    }
}
