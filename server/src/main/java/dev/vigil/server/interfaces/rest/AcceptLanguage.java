package dev.vigil.server.interfaces.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The caller's language preferences: an explicit {@code lang} parameter first, then Accept-Language by weight. */
final class AcceptLanguage {

    private AcceptLanguage() {
    }

    /** A language range as RFC 4647 has them: letters, digits and dashes, at most 35 characters, or {@code *}. */
    static boolean languageTag(String tag) {
        return "*".equals(tag) || (!tag.isEmpty() && tag.length() <= 35 && Character.isLetter(tag.charAt(0))
                && tag.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-')));
    }

    static List<String> preferences(String lang, String header) {
        List<String> preferences = new ArrayList<>();
        if (lang != null && !lang.isBlank()) {
            preferences.add(lang.trim());
        }
        if (header == null || header.isBlank() || header.length() > 1024) {
            return preferences; // no browser sends more; a longer one is not worth reading
        }
        record Weighted(String tag, double q, int order) {
        }
        List<Weighted> weighted = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] fields = parts[i].trim().split(";");
            if (fields.length == 0 || !languageTag(fields[0].trim())) {
                continue; // an empty or malformed entry (";", "en;q=0.5,;") counts for nothing
            }
            double q = 1.0;
            for (int f = 1; f < fields.length; f++) {
                String param = fields[f].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0; // a malformed weight counts for nothing
                    }
                }
            }
            if (!fields[0].isBlank() && q > 0) {
                weighted.add(new Weighted(fields[0].trim(), q, i));
            }
        }
        weighted.stream().sorted(Comparator.comparingDouble(Weighted::q).reversed().thenComparingInt(Weighted::order))
                .forEach(w -> preferences.add(w.tag()));
        return preferences;
    }
}
