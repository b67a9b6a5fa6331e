package dev.vigil.server.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.application.indicator.LanguageChoice;
import dev.vigil.server.interfaces.rest.AcceptLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Accept-Language negotiation is RFC 4647 lookup over the languages the packs speak. */
class LanguageChoiceTest {

    private static final List<String> SPOKEN = List.of("en", "es", "he", "ar", "pt");

    private static LanguageChoice choose(String lang, String header) {
        return LanguageChoice.of(SPOKEN, AcceptLanguage.preferences(lang, header));
    }

    @Test
    void aRegionalTag_findsItsLanguage_byTruncation() {
        assertThat(choose(null, "pt-BR")).isEqualTo(new LanguageChoice("pt", false));
        assertThat(choose(null, "es-419,es;q=0.9")).isEqualTo(new LanguageChoice("es", false));
        assertThat(choose(null, "ar-SA-u-nu-arab")).isEqualTo(new LanguageChoice("ar", false));
    }

    @Test
    void theHighestWeightedSpokenLanguage_wins_andUnspokenOnesAreSkipped() {
        assertThat(choose(null, "fr;q=1, ar;q=0.5, he;q=0.8")).isEqualTo(new LanguageChoice("he", false));
        assertThat(choose("ar", "he")).isEqualTo(new LanguageChoice("ar", false));
    }

    @Test
    void javasLegacyCodeForHebrew_isHebrew() {
        assertThat(choose("iw-IL", null)).isEqualTo(new LanguageChoice("he", false));
    }

    @Test
    void nothingSpoken_fallsBackToEnglish_andSaysSo_whileNoPreferenceIsNoFallback() {
        assertThat(choose(null, "de-CH, fr")).isEqualTo(new LanguageChoice("en", true));
        assertThat(choose(null, null)).isEqualTo(new LanguageChoice("en", false));
        assertThat(choose(null, "*")).isEqualTo(new LanguageChoice("en", false));
    }
}
