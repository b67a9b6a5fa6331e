package dev.vigil.server.infrastructure.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.domain.service.NoteLinter;
import dev.vigil.server.domain.service.NoteLinter.Finding;
import dev.vigil.server.domain.service.NoteLinter.Topic;
import dev.vigil.server.domain.service.NoteLinter.Warning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The bundled word lists: they load, they catch what they should, and they leave hotel work alone. */
class NoteTermsLoaderTest {

    private static final String BUNDLED_TEXT = read(NoteTermsLoader.BUNDLED);
    private static final NoteLinter LINTER = load(NoteTermsLoader.BUNDLED, BUNDLED_TEXT);

    private static String read(String resource) {
        try (InputStream in = NoteTermsLoaderTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NoteLinter load(String source, String yaml) {
        return new NoteTermsLoader().load(source, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Topic> topics(String note) {
        return LINTER.findings(note).stream().map(Finding::topic).toList();
    }

    @Test
    void bundledLists_load_withTheirVersion() {
        assertThat(LINTER.version()).isEqualTo("1.1.0");
    }

    @Test
    void english_eachTopic() {
        assertThat(topics("Man at the desk was a foreigner, possibly illegal immigrants in the car"))
                .containsExactly(Topic.NATIONALITY);
        assertThat(topics("Two Chinese women came in")).containsExactly(Topic.NATIONALITY);
        assertThat(topics("the dark-skinned man in 402")).containsExactly(Topic.ETHNICITY);
        assertThat(topics("a Hispanic couple")).containsExactly(Topic.ETHNICITY);
        assertThat(topics("She is Muslim")).containsExactly(Topic.RELIGION);
        assertThat(topics("Had a prayer rug")).containsExactly(Topic.RELIGION);
        assertThat(topics("He had a thick accent")).containsExactly(Topic.LANGUAGE);
        assertThat(topics("she didn't speak English, only Spanish")).containsExactly(Topic.LANGUAGE);
        assertThat(topics("Girl was dressed provocatively")).containsExactly(Topic.APPEARANCE);
        assertThat(topics("Both had the same tattoo on the neck")).containsExactly(Topic.APPEARANCE);
        assertThat(topics("wearing a hijab")).containsExactly(Topic.APPEARANCE);
        assertThat(topics("She looked like she was 14")).containsExactly(Topic.APPEARANCE);
    }

    @Test
    void english_severalTopicsInOneNote_oneWarningEach() {
        assertThat(LINTER.warnings("Russian guy with a heavy accent, girl in skimpy clothes, Catholic cross", "en"))
                .extracting(Warning::code)
                .containsExactly("NOTE_DESCRIBES_NATIONALITY", "NOTE_DESCRIBES_LANGUAGE",
                        "NOTE_DESCRIBES_APPEARANCE", "NOTE_DESCRIBES_RELIGION");
    }

    @Test
    void spanish() {
        assertThat(LINTER.findings("La huésped era musulmana y tenía tatuajes"))
                .containsExactly(new Finding(Topic.RELIGION, "musulm*", "es"),
                        new Finding(Topic.APPEARANCE, "tatuaj*", "es"));
        assertThat(topics("un hombre extranjero, no hablaba español")).containsExactly(Topic.NATIONALITY, Topic.LANGUAGE);
        assertThat(topics("ETNIA gitana")).containsExactly(Topic.ETHNICITY);
    }

    @Test
    void hebrew_withAttachedPrefixes() {
        assertThat(LINTER.findings("האורחת דיברה עם הערבי בלובי"))
                .containsExactly(new Finding(Topic.ETHNICITY, "ערבי", "he"));
        assertThat(topics("ולמוסלמים היה חדר נוסף")).containsExactly(Topic.RELIGION);
        assertThat(topics("היא הייתה לבושה בבגדים חושפניים")).containsExactly(Topic.APPEARANCE);
        assertThat(topics("דיבר במבטא כבד")).containsExactly(Topic.LANGUAGE);
        assertThat(topics("כנראה עובדים זרים")).containsExactly(Topic.NATIONALITY);
        assertThat(topics("שב״ח")).containsExactly(Topic.NATIONALITY);            // gershayim
    }

    @Test
    void arabic_withTheArticleAttached() {
        assertThat(LINTER.findings("المرأة المسلمة في الغرفة 210"))
                .containsExactly(new Finding(Topic.RELIGION, "مسلم*", "ar"));
        assertThat(topics("وصل الأجنبي مع رجلين")).containsExactly(Topic.NATIONALITY);
        assertThat(topics("كانت ترتدي النقاب")).containsExactly(Topic.APPEARANCE);
        assertThat(topics("لا يتحدث العربية")).containsExactly(Topic.LANGUAGE);
        assertThat(topics("تحدث بلكنة غريبة")).containsExactly(Topic.LANGUAGE);
    }

    @Test
    void noHitInsideOtherWords_orForHotelWordsThatContainATerm() {
        List<String> innocent = List.of(
                "Guest gave an address in another state",                     // dress
                "Racecar event guests; could not trace the booking",          // race
                "Guest asked staff to hang lights on the Christmas tree",     // a date, not a person
                "Reminded the group of the dress code at the bar",
                "Housekeeping: Egyptian cotton sheets, accent wall scuffed, nail polish on the carpet",
                "White van and black SUV in the loading bay, paid with Visa and American Express",
                "French doors to the balcony left open; Turkish towels missing",
                "Please make up room 512; children's clothes on the bed, no minor registered",
                "Heard a piercing scream from 318 at 02:10",
                "Left jewelry in the safe; ordered Chinese food to the room four times",
                "Guest brought the Gideon bible to the desk",
                "נתן מספר טלפון שגוי",                                          // שגוי = ש + גוי
                "הכניסה באגף המערבי",                                           // מערבי = מ + ערבי
                "מגיע בערבים ויוצא בבוקר",                                      // evenings
                "طلب صينية شاي إلى الغرفة",                                     // tray, not "Chinese"
                "قال إن عليه دين كبير لكنه لم يذكر لمن",                        // debt; لكنه = but he
                "وصل يوم الاثنين في الساعة الثانية عشرة",
                "تحدث عن خدمات جنسية مقابل المال");                              // not "nationality"
        for (String note : innocent) {
            assertThat(LINTER.findings(note)).as(note).isEmpty();
        }
    }

    @Test
    void behaviourOnlyNote_getsNoWarning() {
        assertThat(LINTER.warnings("Guest asked for 6 towels at 14:05 and would not open the door", "en")).isEmpty();
        assertThat(LINTER.warnings("When I spoke to her directly, the man answered for her every time", "en")).isEmpty();
    }

    @Test
    void warning_isInTheRequestedLanguage_andQuotesTheWords() {
        assertThat(LINTER.warnings("The girl wore revealing clothes", "en")).containsExactly(new Warning(
                "NOTE_DESCRIBES_APPEARANCE",
                "Your note mentions appearance or clothing (\"revealing\"). Please describe what you saw or heard "
                        + "the person do or say, not how they look or dress."));
        assertThat(LINTER.warnings("Era musulmana", "es")).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("NOTE_DESCRIBES_RELIGION");
            assertThat(w.message()).startsWith("Su nota menciona la religión (\"musulmana\")");
        });
        assertThat(LINTER.warnings("הערבי", "he")).singleElement()
                .satisfies(w -> assertThat(dev.vigil.server.domain.model.text.BidiText.strip(w.message()))
                        .startsWith("ההערה מזכירה גזע או מוצא (\"הערבי\")"));
        assertThat(LINTER.warnings("المسلمة", "ar")).singleElement()
                .satisfies(w -> assertThat(dev.vigil.server.domain.model.text.BidiText.strip(w.message()))
                        .contains("(\"المسلمة\")").contains("يُرجى").startsWith("تشير الملاحظة إلى الدِّين"));
        assertThat(LINTER.warnings("Era musulmana", "de")).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("Your note mentions religion (\"musulmana\")"));
    }

    @Test
    void termWithAStarInTheMiddle_isRefused_namingFileAndEntry() {
        String broken = BUNDLED_TEXT.replace("\"musulm*\"", "\"mu*sulm\"");
        assertThatThrownBy(() -> load("broken-terms.yaml", broken))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("broken-terms.yaml")
                .hasMessageContaining("terms es/RELIGION")
                .hasMessageContaining("'mu*sulm'")
                .hasMessageContaining("* may only end the term");
    }

    @Test
    void messageWithoutPlaceholder_orMissingLanguage_isRefused() {
        String noPlaceholder = BUNDLED_TEXT.replace("Your note mentions religion (\\\"{term}\\\")", "Your note mentions religion");
        assertThat(noPlaceholder).isNotEqualTo(BUNDLED_TEXT);
        assertThatThrownBy(() -> load("no-placeholder.yaml", noPlaceholder))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("no-placeholder.yaml")
                .hasMessageContaining("message RELIGION en: must contain the {term} placeholder");

        String noArabic = """
                pack: vigil-note-terms
                version: "1.0.1"
                released: "2026-11-22"
                locales: [en, es, he, ar]
                messages:
                  NATIONALITY: {en: "a {term}", es: "b {term}", he: "c {term}", ar: "d {term}"}
                  ETHNICITY: {en: "a {term}", es: "b {term}", he: "c {term}", ar: "d {term}"}
                  RELIGION: {en: "a {term}", es: "b {term}", he: "c {term}"}
                  LANGUAGE: {en: "a {term}", es: "b {term}", he: "c {term}", ar: "d {term}"}
                  APPEARANCE: {en: "a {term}", es: "b {term}", he: "c {term}", ar: "d {term}"}
                terms:
                  en: {NATIONALITY: [foreign], ETHNICITY: [race], RELIGION: [religion], LANGUAGE: [accent], APPEARANCE: [tattoo]}
                """;
        assertThatThrownBy(() -> load("no-arabic.yaml", noArabic))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("message RELIGION")
                .hasMessageContaining("ar");
    }

    @Test
    void termInTwoTopics_orAnUnknownTopic_isRefused() {
        String twoTopics = BUNDLED_TEXT.replace("\"tatuaj*\"", "\"musulm*\"");
        assertThatThrownBy(() -> load("two-topics.yaml", twoTopics))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("terms es/APPEARANCE, entry 'musulm*': also listed under es/RELIGION");

        String unknownTopic = BUNDLED_TEXT.replace("    APPEARANCE: [\n      \"dress\"", "    LOOKS: [\n      \"dress\"");
        assertThat(unknownTopic).isNotEqualTo(BUNDLED_TEXT);
        assertThatThrownBy(() -> load("unknown-topic.yaml", unknownTopic))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("unknown-topic.yaml")
                .hasMessageContaining("LOOKS");
    }

    @Test
    void malformedYaml_isRefused_withTheFileName() {
        assertThatThrownBy(() -> load("bad.yaml", "terms: [unclosed"))
                .isInstanceOf(PackValidationException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("not valid YAML");
    }
}
