package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An observation's codes and subject keys as text, kept on each of its rows in {@code observation_key}
 * (columns {@code codes} and {@code subject_keys}). A window read then finds all the engine needs in
 * one range of the key index, instead of visiting the observation's rows in three tables scattered
 * over years of filings: what keeps its cost with the window, not the history.
 *
 * <p>Codes are joined by commas (codes are upper-case letters, digits and underscores). Keys are
 * {@code TYPE:value}, one a line; a key's value may be an area's free text, so a backslash and a line
 * break in it are escaped.
 */
public final class FactText {

    /** Room for 20 codes of up to 41 characters and their commas. */
    public static final int CODES_LENGTH = 1000;
    /** Room for every subject kind's key, a stay or area key and their separators. */
    public static final int KEYS_LENGTH = 4000;

    private FactText() {
    }

    public static String codes(List<IndicatorCode> codes) {
        return String.join(",", codes.stream().map(IndicatorCode::value).toList());
    }

    public static List<IndicatorCode> codes(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<IndicatorCode> codes = new ArrayList<>(4);
        int from = 0;
        for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', from)) {
            codes.add(new IndicatorCode(text.substring(from, comma)));
            from = comma + 1;
        }
        codes.add(new IndicatorCode(text.substring(from)));
        return codes;
    }

    public static String keys(Collection<SubjectKey> keys) {
        StringBuilder text = new StringBuilder(keys.size() * 48);
        for (SubjectKey key : keys) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(key.type().name()).append(':');
            String value = key.value();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\') {
                    text.append("\\\\");
                } else if (c == '\n') {
                    text.append("\\n");
                } else {
                    text.append(c);
                }
            }
        }
        return text.toString();
    }

    public static Set<SubjectKey> keys(String text) {
        Set<SubjectKey> keys = new TreeSet<>();
        if (text == null || text.isEmpty()) {
            return keys;
        }
        StringBuilder key = new StringBuilder(48);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                key.append(next == 'n' ? '\n' : next);
            } else if (c == '\n') {
                keys.add(SubjectKey.parse(key.toString()));
                key.setLength(0);
            } else {
                key.append(c);
            }
        }
        keys.add(SubjectKey.parse(key.toString()));
        return keys;
    }
}
