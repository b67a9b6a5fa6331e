package dev.vigil.server.infrastructure.pdf;

import java.util.Map;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * What the standard PDF fonts can set: the WinAnsi (Windows-1252) characters, which cover English,
 * Spanish and most Western European text. Anything else becomes a readable stand-in (arrows, dashes)
 * or a question mark, so that a name in another script never breaks an export.
 */
final class WinAnsiText {

    private static final Map<Integer, String> STAND_INS = Map.of(
            (int) '→', "->", (int) '←', "<-", (int) '≤', "<=", (int) '≥', ">=", (int) '≠', "!=",
            (int) '\u00A0', " ", (int) '\u2212', "-", (int) '\u2011', "-", (int) '\u2010', "-");

    private WinAnsiText() {
    }

    /** True when every character can be set as it is. */
    static boolean settable(String text) {
        return text.codePoints().allMatch(WinAnsiText::encodable);
    }

    /** The text with tabs and line breaks as spaces and every character the font cannot set replaced. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (encodable(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(STAND_INS.getOrDefault(cp, "?"));
            }
        });
        return out.toString();
    }

    private static boolean encodable(int codePoint) {
        if (STAND_INS.containsKey(codePoint)) {
            return false;
        }
        String name = GlyphList.getAdobeGlyphList().codePointToName(codePoint);
        return name != null && !name.equals(".notdef") && WinAnsiEncoding.INSTANCE.contains(name);
    }
}
