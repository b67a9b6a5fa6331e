package dev.vigil.server.application.indicator;

import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.LocalizedText;
import java.util.List;
import java.util.Locale;

/**
 * The language to answer in: the first of the caller's preferences that the pack speaks, matched
 * on the language part ({@code es-MX} is Spanish), else English, saying that it fell back.
 */
public record LanguageChoice(String lang, boolean fellBack) {

    public static LanguageChoice of(IndicatorPack pack, List<String> preferences) {
        boolean askedForSomething = false;
        for (String preference : preferences) {
            String lang = normalise(preference);
            if (lang == null) {
                continue;
            }
            askedForSomething = true;
            if (pack.speaks(lang)) {
                return new LanguageChoice(lang, false);
            }
        }
        return new LanguageChoice(LocalizedText.FALLBACK, askedForSomething);
    }

    static String normalise(String tag) {
        if (tag == null || tag.isBlank() || tag.trim().equals("*")) {
            return null;
        }
        String t = tag.trim().replace('_', '-');
        int dash = t.indexOf('-');
        return (dash > 0 ? t.substring(0, dash) : t).toLowerCase(Locale.ROOT);
    }
}
