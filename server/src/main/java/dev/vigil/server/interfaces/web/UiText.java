package dev.vigil.server.interfaces.web;

import dev.vigil.server.application.indicator.IndicatorPackSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' texts: one message bundle per language ({@code web/messages_<lang>.properties}, UTF-8),
 * each falling back to English key by key. The pages offer every language that has a bundle or that
 * the indicator pack speaks (a pack language without a bundle shows the checklist in that language
 * and the rest in English).
 */
@ApplicationScoped
public class UiText {

    /** Languages with a bundle; add a file and its code here. */
    static final List<String> BUNDLES = List.of("en", "es", "he", "ar");
    private static final Set<String> RIGHT_TO_LEFT = Set.of("he", "ar", "fa", "ur", "yi");

    @Inject IndicatorPackSource packs;

    private final Map<String, Map<String, String>> cache = new ConcurrentHashMap<>();

    /** A language the pages offer: its code, its own name and its direction. */
    public record Language(String code, String name, String dir) {
    }

    public List<Language> languages() {
        Set<String> codes = new LinkedHashSet<>(BUNDLES);
        codes.addAll(packs.activePack().locales());
        List<Language> out = new ArrayList<>();
        for (String code : codes) {
            String name = load(code).getOrDefault("language.name",
                    Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(code)));
            out.add(new Language(code, name, direction(code)));
        }
        return out;
    }

    public boolean offers(String code) {
        return code != null && languages().stream().anyMatch(l -> l.code().equals(code));
    }

    static String direction(String code) {
        return RIGHT_TO_LEFT.contains(code) ? "rtl" : "ltr";
    }

    /** Every text in the language, English where the language's bundle has none. */
    public Map<String, String> messages(String lang) {
        return cache.computeIfAbsent(lang, l -> {
            Map<String, String> merged = new TreeMap<>(load("en"));
            if (!l.equals("en")) {
                merged.putAll(load(l));
            }
            return Map.copyOf(new LinkedHashMap<>(merged));
        });
    }

    /** The first of the preferences that the pages offer, else English. */
    public String choose(List<String> preferences) {
        for (String p : preferences) {
            if (p == null || p.isBlank()) {
                continue;
            }
            String code = p.trim().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
            if (offers(code)) {
                return code;
            }
        }
        return "en";
    }

    private static Map<String, String> load(String lang) {
        try (InputStream in = UiText.class.getResourceAsStream("/web/messages_" + lang + ".properties")) {
            if (in == null) {
                return Map.of();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
