package dev.vigil.server.domain.model.text;

import java.util.List;
import java.util.Map;

/**
 * The fixed wordings outside the checklist and the protocol (explanations, alerts, the report
 * packet), kept as data in every language of the messages pack. A message may count ("{n, plural,
 * one {# observation} other {# observations}}") and holds named arguments.
 */
public interface Messages {

    /** The language every message has, used where another language has no text. */
    String FALLBACK = "en";

    /** The languages of the pack, the fallback first. */
    List<String> locales();

    /** True when the pack has the message. */
    boolean has(String key);

    /**
     * The message in {@code lang} (in English where that language has none), arguments filled in;
     * right-to-left text comes back with its numbers and Latin runs isolated. An unknown key comes
     * back as the key itself, so a missing wording shows rather than breaks.
     */
    String format(String key, String lang, Map<String, ?> arguments);

    /** The messages bound to one language. */
    default Wording in(String lang) {
        return new Wording(this, lang);
    }
}
