package dev.vigil.server.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    @Test
    void explicitLangComesFirst_thenRangesByWeight_zeroWeightsDropped() {
        assertThat(AcceptLanguage.preferences("he", "fr;q=0.4, es-MX, ar;q=0.8, de;q=0"))
                .containsExactly("he", "es-mx", "ar", "fr");
    }

    @Test
    void missingOrBlankHeaders_giveNoPreference_andAMalformedEntrySpoilsOnlyItself() {
        assertThat(AcceptLanguage.preferences(null, null)).isEmpty();
        assertThat(AcceptLanguage.preferences(" ", "")).isEmpty();
        assertThat(AcceptLanguage.preferences(null, "es;q=abc, en")).containsExactly("en");
        assertThat(AcceptLanguage.preferences(null, "pt-BR;q=2, *;q=0.1")).containsExactly("*");
    }

    @Test
    void malformedHeaders_countForNothing_insteadOfFailing() {
        assertThat(AcceptLanguage.preferences(null, ";")).isEmpty();
        assertThat(AcceptLanguage.preferences(null, "en;q=0.5,;")).containsExactly("en");
        assertThat(AcceptLanguage.preferences(null, ";;,,;q=1,es")).containsExactly("es");
        assertThat(AcceptLanguage.preferences(null, "<script>,\u00e9")).isEmpty();
    }
}
