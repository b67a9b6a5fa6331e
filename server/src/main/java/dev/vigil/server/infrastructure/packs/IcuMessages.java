package dev.vigil.server.infrastructure.packs;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.vigil.server.domain.model.text.BidiText;
import dev.vigil.server.domain.model.text.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adapter that formats the messages pack with ICU MessageFormat: named arguments, plural forms by
 * each language's own rules (Arabic has six, Hebrew three), Latin digits in every language (the
 * packs write them so). Text values that hold right-to-left letters go in isolated; right-to-left
 * results come out with their numbers isolated ({@link BidiText}).
 */
final class IcuMessages implements Messages {

    private final List<String> locales;
    private final Map<String, Map<String, String>> patterns;
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();

    /** @param patterns per key, per language, an ICU message pattern; English is present for every key */
    IcuMessages(List<String> locales, Map<String, Map<String, String>> patterns) {
        this.locales = List.copyOf(locales);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        patterns.forEach((key, byLang) -> copy.put(key, Map.copyOf(byLang)));
        this.patterns = Map.copyOf(copy);
    }

    @Override
    public List<String> locales() {
        return locales;
    }

    @Override
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    @Override
    public String format(String key, String lang, Map<String, ?> arguments) {
        Map<String, String> byLang = patterns.get(key);
        if (byLang == null) {
            return key;
        }
        String used = lang != null && byLang.containsKey(lang) ? lang : FALLBACK;
        MessageFormat format = compiled.computeIfAbsent(used + "\u0000" + key, k -> compile(byLang.get(used), used));
        Map<String, Object> values = new LinkedHashMap<>();
        arguments.forEach((name, value) -> values.put(name,
                value instanceof String s && BidiText.hasRightToLeft(s) ? BidiText.value(s) : value));
        String text;
        synchronized (format) {
            text = format.format(values);
        }
        return BidiText.isolate(text);
    }

    /** Compiles a pattern for a language with Latin digits; throws IllegalArgumentException on a bad pattern. */
    static MessageFormat compile(String pattern, String lang) {
        ULocale locale = new ULocale(lang).setKeywordValue("numbers", "latn");
        return new MessageFormat(pattern, locale);
    }
}
