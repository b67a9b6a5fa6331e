package dev.vigil.server.domain.model.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The messages in one language: what composers hold while they write one text. */
public record Wording(Messages messages, String lang) {

    public Wording {
        Objects.requireNonNull(messages, "messages");
        lang = lang == null ? Messages.FALLBACK : lang;
    }

    /** One message, arguments given as name, value, name, value, ... */
    public String say(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name-value pairs: " + key);
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return messages.format(key, lang, arguments);
    }

    /** A message the pack may not have: the fallback when it has not. */
    public String sayOr(String key, String fallback, Object... namesAndValues) {
        return messages.has(key) ? say(key, namesAndValues) : fallback;
    }

    /** Items joined with the language's list separator (", " in English, "، " in Arabic). */
    public String list(List<String> items) {
        return String.join(say("list.separator"), items);
    }
}
