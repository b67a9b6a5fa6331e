package dev.vigil.server.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.service.NoteLinter;
import dev.vigil.server.domain.service.NoteLinter.Finding;
import dev.vigil.server.domain.service.NoteLinter.Topic;
import dev.vigil.server.testing.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled word lists on the notes the language review found flagged wrongly (food, drink,
 * leather, the right hand) and on the words it found missing, in every language.
 */
class LinterFalsePositivesTest {

    private static final NoteLinter LINTER = TestPacks.noteLinter();

    private static List<Topic> topics(String note) {
        return LINTER.findings(note).stream().map(Finding::topic).toList();
    }

    @Test
    void foodDrinkAndLeather_areNotPeople_inSpanishHebrewArabicAndPortuguese() {
        for (String note : List.of(
                "Pidió comida del restaurante chino a la habitación", "Dejó una ensalada rusa en la mesa",
                "Encontré una cartera de piel oscura en el pasillo", "Subió a la montaña rusa del parque",
                "הזמינו אוכל סיני לחדר", "ביקשו המלצה על מסעדה סינית", "נמצא ארנק עור כהה בלובי", "אכלו סלט ערבי בבר",
                "طلب قهوة تركية في الغرفة", "طلب خبز أسمر وسكر أسمر", "شرب تمر هندي", "طلب سلطة روسية", "حجز طاولة في مطعم عربي",
                "Pediram comida chinesa no quarto", "Deixou salada russa no frigobar")) {
            assertThat(topics(note)).as(note).isEmpty();
        }
    }

    @Test
    void theRightHandOrSide_isNotANationality_inArabic() {
        assertThat(topics("إصابة في اليد اليمنى وكدمة على الساق اليمنى")).isEmpty();
        assertThat(topics("كان الجرح في يدها اليمنى")).isEmpty();
        assertThat(topics("جلس في الجهة اليمنى من الردهة")).isEmpty();
        // the nationality itself is still found
        assertThat(topics("قالت إنها يمنية")).containsExactly(Topic.NATIONALITY);
    }

    @Test
    void peopleAreStillFound_whereTheSameWordsDescribeThem() {
        assertThat(topics("El hombre chino de la 204")).containsExactly(Topic.NATIONALITY);
        assertThat(topics("השוהה הערבי ביקש מפתח")).containsExactly(Topic.ETHNICITY);
        assertThat(topics("امرأة تركية في الردهة")).containsExactly(Topic.NATIONALITY);
        assertThat(topics("La mujer tenía la piel oscura")).containsExactly(Topic.ETHNICITY);
        assertThat(topics("עובד בעל עור כהה")).containsExactly(Topic.ETHNICITY);
    }

    @Test
    void theWordsTheReviewFoundMissing_areListed() {
        assertThat(topics("Dijo que eran africanos")).containsExactly(Topic.ETHNICITY);
        assertThat(topics("הגבר השחום בקומה 3")).containsExactly(Topic.ETHNICITY);
        assertThat(topics("قال إنه مكسيكي")).containsExactly(Topic.NATIONALITY);
        assertThat(topics("Ela disse que era venezuelana")).containsExactly(Topic.NATIONALITY);
    }

    @Test
    void theArabicNationalityMessage_cannotBeReadAsSexual_andPortugueseHasItsOwn() {
        String arabic = LINTER.warnings("قال إنه مكسيكي", "ar").get(0).message();
        assertThat(arabic).startsWith("تشير الملاحظة إلى جنسية الشخص أو وضعه من حيث الهجرة").doesNotContain("الجنسية");
        assertThat(LINTER.warnings("Ela disse que era venezuelana", "pt").get(0).message())
                .startsWith("Sua anotação menciona nacionalidade");
    }
}
