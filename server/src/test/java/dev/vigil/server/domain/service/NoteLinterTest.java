package dev.vigil.server.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.domain.service.NoteLinter.Finding;
import dev.vigil.server.domain.service.NoteLinter.Topic;
import dev.vigil.server.domain.service.NoteLinter.Warning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matching rules, on small hand-made lists; the bundled lists are exercised in NoteTermsLoaderTest. */
class NoteLinterTest {

    private static final Map<Topic, Map<String, String>> MESSAGES = messages();

    private final NoteLinter linter = new NoteLinter("test-1", terms(), MESSAGES,
            Map.of("en", List.of("dress code", "egyptian cotton"), "he", List.of("מערבי")));

    private static Map<String, Map<Topic, List<String>>> terms() {
        Map<String, Map<Topic, List<String>>> terms = new LinkedHashMap<>();
        terms.put("en", Map.of(
                Topic.NATIONALITY, List.of("foreign", "mexican*", "egyptian*"),
                Topic.ETHNICITY, List.of("race", "mixed race"),
                Topic.RELIGION, List.of("christians", "muslim*"),
                Topic.LANGUAGE, List.of("broken english", "didn't speak english", "foreign language*"),
                Topic.APPEARANCE, List.of("dress", "dressed", "tattoo*", "looked like")));
        terms.put("es", Map.of(Topic.RELIGION, List.of("musulm*"), Topic.APPEARANCE, List.of("tatuaj*")));
        terms.put("he", Map.of(Topic.ETHNICITY, List.of("ערבי"), Topic.RELIGION, List.of("מוסלמי*")));
        terms.put("ar", Map.of(Topic.RELIGION, List.of("مسلم*"), Topic.NATIONALITY, List.of("أجنبي*")));
        return terms;
    }

    private static Map<Topic, Map<String, String>> messages() {
        Map<Topic, Map<String, String>> messages = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            messages.put(topic, Map.of(
                    "en", "Your note mentions " + topic.name().toLowerCase() + " (\"{term}\").",
                    "es", "Su nota menciona " + topic.name().toLowerCase() + " (\"{term}\").",
                    "he", "ההערה מזכירה (\"{term}\")."));
        }
        return messages;
    }

    private List<Topic> topics(String note) {
        return linter.findings(note).stream().map(Finding::topic).toList();
    }

    @Test
    void findsEachTopic_inEnglish() {
        assertThat(topics("Guest said he was foreign")).containsExactly(Topic.NATIONALITY);
        assertThat(topics("asked about my race")).containsExactly(Topic.ETHNICITY);
        assertThat(topics("The Christians in 204")).containsExactly(Topic.RELIGION);
        assertThat(topics("spoke broken English")).containsExactly(Topic.LANGUAGE);
        assertThat(topics("She was dressed up")).containsExactly(Topic.APPEARANCE);
    }

    @Test
    void reportsEachTopicOnce_withTheFirstTerm_inTheOrderOfTheNote() {
        List<Finding> findings = linter.findings(
                "Tattoos on both; one was dressed oddly; he didn’t speak English; Mexican plates; tattooed arm");
        assertThat(findings).containsExactly(
                new Finding(Topic.APPEARANCE, "tattoo*", "en"),
                new Finding(Topic.LANGUAGE, "didn't speak english", "en"),
                new Finding(Topic.NATIONALITY, "mexican*", "en"));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(linter.findings("Left the address card at the desk")).isEmpty();       // not "dress"
        assertThat(linter.findings("racecar parked in the trace lane, embraced")).isEmpty(); // not "race"
        assertThat(linter.findings("Guest asked for the foreigner's rate")).isEmpty();      // exact term "foreign" only
        assertThat(topics("a RACE was mentioned")).containsExactly(Topic.ETHNICITY);
    }

    @Test
    void trailingStar_matchesWordEndings_butNotWordsThatMerelyContainIt() {
        assertThat(topics("Mexicans")).containsExactly(Topic.NATIONALITY);
        assertThat(topics("la huésped musulmana")).containsExactly(Topic.RELIGION);
        assertThat(linter.findings("premexican")).isEmpty();
    }

    @Test
    void multiWordTerms_spanSpacesLineBreaksAndHyphens_andApostrophesAreOptional() {
        assertThat(topics("spoke  broken\nEnglish")).containsExactly(Topic.LANGUAGE);
        assertThat(topics("a mixed-race couple")).containsExactly(Topic.ETHNICITY);
        assertThat(topics("didnt speak english")).containsExactly(Topic.LANGUAGE);
        assertThat(topics("didn’t speak English")).containsExactly(Topic.LANGUAGE);
    }

    @Test
    void foldsCaseAccentsAndCompatibilityForms() {
        assertThat(topics("MUSULMÁN")).containsExactly(Topic.RELIGION);
        assertThat(topics("musulman")).containsExactly(Topic.RELIGION);       // accent left out
        assertThat(topics("ＭＥＸＩＣＡＮ")).containsExactly(Topic.NATIONALITY);     // full-width, NFKC
        assertThat(topics("tatuajes")).containsExactly(Topic.APPEARANCE);
    }

    @Test
    void hebrew_matchesWithAttachedPrefixes_andAcrossInvisibleMarks() {
        assertThat(linter.findings("הערבי ישב בלובי")).containsExactly(new Finding(Topic.ETHNICITY, "ערבי", "he"));
        assertThat(topics("ולמוסלמים")).containsExactly(Topic.RELIGION);         // ו + ל + מוסלמים
        assertThat(topics("ה-ערבי")).containsExactly(Topic.ETHNICITY);
        assertThat(topics("ערבי\u200F")).containsExactly(Topic.ETHNICITY);       // right-to-left mark
        assertThat(topics("עָרָבִי")).containsExactly(Topic.ETHNICITY);            // with niqqud
    }

    @Test
    void hebrew_ignoredPhraseWins_evenWhenAPrefixMakesTheTerm() {
        // מערבי (western) is מ + ערבי, which is why it is on the ignore list
        assertThat(linter.findings("החדר באגף המערבי")).isEmpty();
    }

    @Test
    void arabic_matchesWithTheArticleAndPrefixes_andUnifiesAlefForms() {
        assertThat(linter.findings("المسلمة")).containsExactly(new Finding(Topic.RELIGION, "مسلم*", "ar"));
        assertThat(topics("والأجنبي")).containsExactly(Topic.NATIONALITY);     // و + ال + أجنبي
        assertThat(topics("للاجنبي")).containsExactly(Topic.NATIONALITY);       // لل + اجنبي, hamza left out
        assertThat(topics("المسـلمين")).containsExactly(Topic.RELIGION);       // tatweel
        assertThat(topics("مُسْلِم")).containsExactly(Topic.RELIGION);           // harakat
    }

    @Test
    void attachedPrefixes_belongToHebrewAndArabicTermsOnly() {
        assertThat(linter.findings("الtattoo")).isEmpty();
        assertThat(linter.findings("הtattoo")).isEmpty();
    }

    @Test
    void aHitInsideALongerHitOfAnotherTopic_isDropped() {
        assertThat(linter.findings("used a foreign language with the driver"))
                .containsExactly(new Finding(Topic.LANGUAGE, "foreign language*", "en"));
    }

    @Test
    void ignoredPhrases_cancelOnlyHitsWhollyInsideThem() {
        assertThat(linter.findings("Reminded guest of the dress code at the bar")).isEmpty();
        assertThat(linter.findings("Asked for Egyptian cotton sheets")).isEmpty();
        assertThat(topics("Egyptian cotton sheets; wore a dress")).containsExactly(Topic.APPEARANCE);
    }

    @Test
    void behaviourOnlyNotes_andEmptyNotes_giveNothing() {
        assertThat(linter.warnings("Guest asked for 6 towels at 14:05 and would not open the door", "en")).isEmpty();
        assertThat(linter.warnings("", "en")).isEmpty();
        assertThat(linter.warnings(null, "en")).isEmpty();
    }

    @Test
    void warning_isInTheRequestedLanguage_withTheWordsAsWritten() {
        List<Warning> warnings = linter.warnings("La persona llevaba TATUAJES y era musulmana", "es");
        assertThat(warnings).containsExactly(
                new Warning("NOTE_DESCRIBES_APPEARANCE", "Su nota menciona appearance (\"TATUAJES\")."),
                new Warning("NOTE_DESCRIBES_RELIGION", "Su nota menciona religion (\"musulmana\")."));
    }

    @Test
    void warning_fallsBackToBaseLanguageThenEnglish() {
        assertThat(linter.warnings("a tattoo", "es-MX")).extracting(Warning::message)
                .containsExactly("Su nota menciona appearance (\"tattoo\").");
        assertThat(linter.warnings("a tattoo", "fr")).extracting(Warning::message)
                .containsExactly("Your note mentions appearance (\"tattoo\").");
        assertThat(linter.warnings("a tattoo", null)).extracting(Warning::message)
                .containsExactly("Your note mentions appearance (\"tattoo\").");
        // in a right-to-left message the words found go in their own isolate
        assertThat(linter.warnings("הערבי", "iw")).extracting(Warning::message)
                .containsExactly("ההערה מזכירה (\"\u2068הערבי\u2069\").");
    }

    @Test
    void warningShowsMultiWordTermsOnOneLine() {
        assertThat(linter.warnings("spoke broken\n English", "en")).extracting(Warning::message)
                .containsExactly("Your note mentions language (\"broken English\").");
    }

    @Test
    void version_isKept() {
        assertThat(linter.version()).isEqualTo("test-1");
    }

    @Test
    void badTermsAndMissingEnglishMessages_areRefused() {
        assertThatThrownBy(() -> new NoteLinter("x", Map.of("en", Map.of(Topic.RELIGION, List.of("mu*s"))), MESSAGES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mu*s");
        assertThatThrownBy(() -> new NoteLinter("x", Map.of("en", Map.of(Topic.RELIGION, List.of("ab*"))), MESSAGES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3 letters");
        assertThatThrownBy(() -> new NoteLinter("x", Map.of(), Map.of(Topic.RELIGION, Map.of("es", "{term}"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("English");
    }
}
