package dev.vigil.server.application.indicator;

import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.LocalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The language to answer in: RFC 4647 lookup of the caller's preferences (in priority order) among
 * the languages the pack speaks ({@code pt-BR} finds {@code pt}; {@code zh-Hant-TW} tries
 * {@code zh-Hant}, then {@code zh}), else English, saying that it fell back.
 */
public record LanguageChoice(String lang, boolean fellBack) {

    public static LanguageChoice of(IndicatorPack pack, List<String> preferences) {
        return of(pack.locales(), preferences);
    }

    public static LanguageChoice of(Collection<String> supported, List<String> preferences) {
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        for (String preference : preferences == null ? List.<String>of() : preferences) {
            String tag = normalise(preference);
            if (tag == null) {
                continue;
            }
            try {
                ranges.add(new Locale.LanguageRange(tag));
            } catch (IllegalArgumentException notATag) {
                // a malformed tag asks for nothing
            }
        }
        if (ranges.isEmpty()) {
            return new LanguageChoice(LocalizedText.FALLBACK, false);
        }
        String found = Locale.lookupTag(ranges, supported);
        return found != null ? new LanguageChoice(found, false) : new LanguageChoice(LocalizedText.FALLBACK, true);
    }

    /** A preference as a language range; the wildcard and blanks ask for nothing; Java's legacy codes become current ones. */
    static String normalise(String tag) {
        if (tag == null || tag.isBlank() || tag.trim().equals("*")) {
            return null;
        }
        String t = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        String primary = t.contains("-") ? t.substring(0, t.indexOf('-')) : t;
        String rest = t.substring(primary.length());
        return switch (primary) {
            case "iw" -> "he" + rest;
            case "ji" -> "yi" + rest;
            case "in" -> "id" + rest;
            default -> t;
        };
    }
}
