package dev.vigil.server.infrastructure.pdf;

import dev.vigil.server.domain.model.text.BidiText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A top-to-bottom text layout on US Letter pages: a title, headings, wrapped paragraphs, labelled
 * fields and bullets, a new page when one is full, and a footer with page numbers at the end. Text
 * is set in embedded Unicode fonts ({@link PdfFonts}), shaped and laid out by the bidi algorithm
 * line by line ({@link PdfText}); a right-to-left document is right-aligned, with labels and bullets
 * on the right. Long words (web addresses) are broken where they must be.
 */
final class PdfLayout implements AutoCloseable {

    private static final float MARGIN = 54;
    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;
    private static final float LABEL_WIDTH = 120;

    private final PDDocument document = new PDDocument();
    private final PdfFonts fonts = new PdfFonts(document);
    private final PDRectangle size = PDRectangle.LETTER;
    private final boolean rtl;
    private PDPageContentStream content;
    private float y;

    PdfLayout(String title, String subject) {
        this(title, subject, false);
    }

    /** @param rtl the document's language is written right to left */
    PdfLayout(String title, String subject, boolean rtl) {
        this.rtl = rtl;
        document.getDocumentInformation().setTitle(BidiText.strip(title));
        document.getDocumentInformation().setSubject(BidiText.strip(subject));
        document.getDocumentInformation().setCreator("Vigil");
        document.getDocumentInformation().setCreationDate(Calendar.getInstance());
        newPage();
    }

    void title(String text) {
        block(16, true, text);
        y -= 4;
    }

    void heading(String text) {
        y -= 8;
        if (y < MARGIN + 60) {
            newPage();
        }
        block(12, true, text);
        y -= 2;
    }

    void subheading(String text) {
        y -= 3;
        block(BODY, true, text);
    }

    void paragraph(String text) {
        block(BODY, false, text);
    }

    void small(String text) {
        block(SMALL, false, text);
    }

    /** A label in bold and its value beside it (on the right of it in right-to-left documents); nothing when the value is empty. */
    void field(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        List<String> valueLines = wrap(value, BODY, false, width() - LABEL_WIDTH);
        ensureRoom(lineHeight(BODY));
        String shown = wrap(label, BODY, true, LABEL_WIDTH - 6).get(0);
        write(BODY, true, rtl ? MARGIN + width() - (LABEL_WIDTH - 6) : MARGIN, LABEL_WIDTH - 6, y, shown);
        float valueX = rtl ? MARGIN : MARGIN + LABEL_WIDTH;
        lines(BODY, false, valueX, width() - LABEL_WIDTH, valueLines);
    }

    void bullet(String text) {
        List<String> wrapped = wrap(text, BODY, false, width() - 12);
        ensureRoom(lineHeight(BODY));
        write(BODY, false, rtl ? MARGIN + width() - 10 : MARGIN + 2, 8, y, "-");
        lines(BODY, false, rtl ? MARGIN : MARGIN + 12, width() - 12, wrapped);
    }

    void space() {
        y -= 5;
    }

    /** Stamps every page with the footer and its number ({@code pageLabel}: page, pages) and returns the document. */
    byte[] finish(String footer, BiFunction<Integer, Integer, String> pageLabel) {
        try {
            content.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream stamp = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                        true, true)) {
                    String text = footer + "  |  " + pageLabel.apply(i + 1, count);
                    String line = wrap(text, SMALL, false, width()).get(0);
                    draw(stamp, SMALL, false, MARGIN, width(), MARGIN / 2 + SMALL, line);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] finish(String footer) {
        return finish(footer, (page, pages) -> "page " + page + " of " + pages);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    private static float lineHeight(float fontSize) {
        return fontSize * 1.35f;
    }

    /** A text across the full width, wrapped. */
    private void block(float fontSize, boolean strong, String text) {
        lines(fontSize, strong, MARGIN, width(), wrap(text, fontSize, strong, width()));
    }

    /** Lines in reading order, each set within {@code [x, x + available]} on its side. */
    private void lines(float fontSize, boolean strong, float x, float available, List<String> lines) {
        for (String line : lines) {
            ensureRoom(lineHeight(fontSize));
            write(fontSize, strong, x, available, y, line);
            y -= lineHeight(fontSize);
        }
    }

    private void ensureRoom(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void write(float fontSize, boolean strong, float x, float available, float atY, String logicalLine) {
        draw(content, fontSize, strong, x, available, atY, logicalLine);
    }

    /** Sets one line: reordered for display, aligned to the left or (right-to-left) to the right of its box. */
    private void draw(PDPageContentStream stream, float fontSize, boolean strong, float x, float available, float atY,
                      String logicalLine) {
        String visual = PdfText.visual(logicalLine, rtl);
        float start = rtl ? x + available - fonts.width(visual, fontSize, strong) : x;
        try {
            stream.beginText();
            stream.newLineAtOffset(start, atY - fontSize);
            for (PdfFonts.Run run : fonts.runs(visual, strong)) {
                stream.setFont(run.font(), fontSize);
                stream.showText(run.text());
            }
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a text (in reading order; Arabic shaped first) into lines that fit the width, breaking
     * inside a word only when the word alone is too wide. Tabs and line breaks count as spaces.
     * Whatever the caller joined together ("name: 1-800-842-2288"), numbers in right-to-left text
     * are isolated here ({@link BidiText#isolate}, which leaves runs already isolated alone), so
     * every line the PDF sets keeps them in written order.
     */
    List<String> wrap(String text, float fontSize, boolean strong, float available) {
        String shaped = PdfText.shape(BidiText.isolate(clean(text)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : shaped.split(" ")) {
            if (BidiText.strip(word).isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure(candidate, fontSize, strong) <= available) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (measure(word, fontSize, strong) > available) {
                int cut = word.length() - 1;
                while (cut > 1 && measure(word.substring(0, cut), fontSize, strong) > available) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float measure(String logical, float fontSize, boolean strong) {
        return fonts.width(BidiText.strip(logical), fontSize, strong);
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
