package dev.vigil.server.interfaces.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The caller's language preferences as RFC 4647 language ranges in priority order: an explicit
 * {@code lang} parameter first, then Accept-Language by weight (ties keep the header's order).
 * Ranges of weight 0 and malformed entries are dropped; the lookup itself is {@code LanguageChoice}'s.
 */
public final class AcceptLanguage {

    private AcceptLanguage() {
    }

    public static List<String> preferences(String lang, String header) {
        List<String> preferences = new ArrayList<>();
        if (lang != null && !lang.isBlank()) {
            preferences.add(lang.trim());
        }
        if (header == null || header.isBlank() || header.length() > 1024) {
            return preferences; // no browser sends more; a longer one is not worth reading
        }
        record Weighted(String range, double q, int order) {
        }
        List<Weighted> weighted = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                continue;
            }
            try {
                // LanguageRange.parse checks the tag and the weight (RFC 4647 section 2.1, RFC 9110 12.5.4)
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(parts[i].trim())) {
                    if (range.getWeight() > 0) {
                        weighted.add(new Weighted(range.getRange(), range.getWeight(), i));
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // one bad entry does not spoil the others
            }
        }
        weighted.stream().sorted(Comparator.comparingDouble(Weighted::q).reversed().thenComparingInt(Weighted::order))
                .map(Weighted::range).distinct().forEach(preferences::add);
        return preferences;
    }
}
