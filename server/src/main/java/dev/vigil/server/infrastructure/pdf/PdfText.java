package dev.vigil.server.infrastructure.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.util.ULocale;
import dev.vigil.server.domain.model.text.BidiText;

/**
 * Turns text in reading order into what a PDF sets from left to right: Arabic letters joined into
 * their positional forms (ICU {@link ArabicShaping}), then each line laid out by the Unicode bidi
 * algorithm (ICU {@link Bidi}) with mirrored brackets, the isolates that keep numbers whole taking
 * effect and then removed. A PDF has no text engine of its own; without this, Hebrew comes out
 * backwards and Arabic in unjoined letters.
 */
final class PdfText {

    private static final ArabicShaping SHAPING = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private PdfText() {
    }

    /** True for languages written right to left (Hebrew, Arabic, Persian, Urdu, ...), by ICU's locale data. */
    static boolean rightToLeft(String lang) {
        return lang != null && ULocale.forLanguageTag(lang).isRightToLeft();
    }

    /**
     * Arabic letters in their joined forms; other text unchanged. Logical order in, logical order
     * out. The short vowel and shadda marks are left out: without the font's positioning tables a
     * PDF cannot place them over their letter, and printed Arabic usually omits them.
     */
    static String shape(String logical) {
        if (logical.codePoints().noneMatch(cp -> PdfFonts.familyOf(cp) == PdfFonts.Family.ARABIC)) {
            return logical;
        }
        StringBuilder bare = new StringBuilder(logical.length());
        logical.codePoints().filter(cp -> !(cp >= 0x064B && cp <= 0x065F) && cp != 0x0670).forEach(bare::appendCodePoint);
        try {
            return SHAPING.shape(bare.toString());
        } catch (ArabicShapingException e) {
            return logical;
        }
    }

    /** One line in the order it is set, left to right, in a paragraph of the given direction. */
    static String visual(String line, boolean rtlParagraph) {
        Bidi bidi = new Bidi();
        bidi.setPara(line, rtlParagraph ? Bidi.RTL : Bidi.LTR, null);
        return BidiText.strip(bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS));
    }
}
