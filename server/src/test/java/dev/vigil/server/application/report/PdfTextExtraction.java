package dev.vigil.server.application.report;

import dev.vigil.server.domain.model.text.BidiText;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text as a reader gets it back: PDFBox extracts it (putting right-to-left lines back in
 * reading order), Arabic presentation forms become letters again (NFKC), and line breaks,
 * diacritics and isolates are evened out so it can be compared with the text that went in.
 */
public final class PdfTextExtraction {

    private PdfTextExtraction() {
    }

    public static String readable(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normal(new PDFTextStripper().getText(document));
        }
    }

    /**
     * NFKC, no bidi controls, combining marks or punctuation (extraction puts a sentence's final
     * stop and brackets at whichever end the layout left them), one space between words.
     */
    public static String normal(String text) {
        String s = Normalizer.normalize(BidiText.strip(text), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK && cp != 0x0640)
                .forEach(out::appendCodePoint);
        return out.toString().replaceAll("[\\p{P}\\p{S}]", " ").replaceAll("\\s+", " ").trim();
    }
}
