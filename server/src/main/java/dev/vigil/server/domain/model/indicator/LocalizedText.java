package dev.vigil.server.domain.model.indicator;

import dev.vigil.server.domain.model.text.BidiText;
import java.util.Map;
import java.util.Objects;

/** Value object: one text in several locales, English always present as the fallback. */
public record LocalizedText(Map<String, String> byLocale) {

    public static final String FALLBACK = "en";

    public LocalizedText {
        byLocale = Map.copyOf(Objects.requireNonNull(byLocale, "texts"));
        if (!byLocale.containsKey(FALLBACK)) {
            throw new IllegalArgumentException("an English text is required");
        }
    }

    /** The text in the language asked for, or the English one. */
    public String in(String lang) {
        String text = lang == null ? null : byLocale.get(lang);
        return text != null ? text : byLocale.get(FALLBACK);
    }

    /** The text as a person reads it: {@link #in}, with numbers isolated in right-to-left text ({@link BidiText}). */
    public String shown(String lang) {
        return BidiText.isolate(in(lang));
    }

    public boolean has(String lang) {
        return byLocale.containsKey(lang);
    }
}
