package dev.vigil.server.domain.model.ids;

import java.text.Normalizer;

/**
 * The one form in which identifiers and room numbers are stored, tokenised and compared: Unicode NFKC
 * (full-width digits, ligatures and compatibility forms become plain ones), invisible format characters
 * removed (zero-width spaces and joiners, soft hyphens, word joiners, byte-order marks), whitespace
 * collapsed and trimmed. Direction controls (which make {@code 612} look like {@code 216}) are never
 * taken silently: {@link #hasDirectionControls} lets the edge refuse them, and {@link #normalize}
 * removes whatever is left, so two values that look the same on screen are the same value.
 */
public final class IdentifierText {

    private IdentifierText() {
    }

    /** The normal form; {@code null} stays {@code null}. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !invisible(cp)).forEach(out::appendCodePoint);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** A room number as hotels write them: letters and digits, with spaces, dots, slashes and dashes between, 20 at most. */
    public static boolean isRoomNumber(String normalized) {
        return normalized != null && normalized.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ./-]{0,19}");
    }

    /** True when the text holds a character that reorders what is shown (embeddings, overrides, isolates, marks). */
    public static boolean hasDirectionControls(String raw) {
        return raw != null && raw.codePoints().anyMatch(IdentifierText::directionControl);
    }

    static boolean directionControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** Format characters (Unicode category Cf: zero-width, soft hyphen, BOM, direction controls) and other controls. */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || (type == Character.CONTROL && !Character.isWhitespace(cp))
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0; // Hangul fillers render as nothing
    }
}
