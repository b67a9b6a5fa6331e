package dev.vigil.server.application.report;

import dev.vigil.server.domain.model.text.BidiText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

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
     * The PDF's lines as a reader sees them on the page, each glyph in its place from left to right
     * (no bidi reordering on the way out, unlike {@link #readable}): a number set backwards on the
     * page reads backwards here. One string per page and baseline, top to bottom.
     */
    public static List<String> visualLines(byte[] pdf) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                Map<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
                PDFTextStripper glyphs = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        byBaseline.computeIfAbsent(Math.round(text.getYDirAdj()), y -> new ArrayList<>()).add(text);
                    }
                };
                glyphs.setStartPage(page);
                glyphs.setEndPage(page);
                glyphs.getText(document);
                byBaseline.values().forEach(line -> {
                    StringBuilder b = new StringBuilder();
                    line.stream().sorted(Comparator.comparingDouble(TextPosition::getXDirAdj))
                            .forEach(g -> b.append(g.getUnicode()));
                    lines.add(b.toString());
                });
            }
        }
        return lines;
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
