package dev.vigil.server.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A top-to-bottom text layout on US Letter pages: a title, headings, wrapped paragraphs, labelled
 * fields and bullets, a new page when one is full, and a footer with page numbers at the end.
 * Long words (web addresses) are broken where they must be. Every text passes {@link WinAnsiText}.
 */
final class PdfLayout implements AutoCloseable {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 54;
    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;
    private static final float LABEL_WIDTH = 120;

    private final PDDocument document = new PDDocument();
    private final PDRectangle size = PDRectangle.LETTER;
    private PDPageContentStream content;
    private float y;

    PdfLayout(String title, String subject) {
        document.getDocumentInformation().setTitle(WinAnsiText.clean(title));
        document.getDocumentInformation().setSubject(WinAnsiText.clean(subject));
        document.getDocumentInformation().setCreator("Vigil");
        document.getDocumentInformation().setCreationDate(Calendar.getInstance());
        newPage();
    }

    void title(String text) {
        lines(BOLD, 16, MARGIN, wrap(BOLD, 16, text, width()));
        y -= 4;
    }

    void heading(String text) {
        y -= 8;
        if (y < MARGIN + 60) {
            newPage();
        }
        lines(BOLD, 12, MARGIN, wrap(BOLD, 12, text, width()));
        y -= 2;
    }

    void subheading(String text) {
        y -= 3;
        lines(BOLD, BODY, MARGIN, wrap(BOLD, BODY, text, width()));
    }

    void paragraph(String text) {
        lines(REGULAR, BODY, MARGIN, wrap(REGULAR, BODY, text, width()));
    }

    void small(String text) {
        lines(REGULAR, SMALL, MARGIN, wrap(REGULAR, SMALL, text, width()));
    }

    /** A label in bold and its value beside it; nothing when the value is empty. */
    void field(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        List<String> valueLines = wrap(REGULAR, BODY, value, width() - LABEL_WIDTH);
        ensureRoom(lineHeight(BODY));
        write(BOLD, BODY, MARGIN, y, WinAnsiText.clean(label));
        lines(REGULAR, BODY, MARGIN + LABEL_WIDTH, valueLines);
    }

    void bullet(String text) {
        List<String> wrapped = wrap(REGULAR, BODY, text, width() - 12);
        ensureRoom(lineHeight(BODY));
        write(REGULAR, BODY, MARGIN + 2, y, "-");
        lines(REGULAR, BODY, MARGIN + 12, wrapped);
    }

    void space() {
        y -= 5;
    }

    /** Stamps every page with the footer and page numbers and returns the document. */
    byte[] finish(String footer) {
        try {
            content.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream stamp = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                        true, true)) {
                    String text = WinAnsiText.clean(footer + "  |  page " + (i + 1) + " of " + count);
                    stamp.beginText();
                    stamp.setFont(REGULAR, SMALL);
                    stamp.newLineAtOffset(MARGIN, MARGIN / 2);
                    stamp.showText(text);
                    stamp.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private void lines(PDType1Font font, float fontSize, float x, List<String> lines) {
        for (String line : lines) {
            ensureRoom(lineHeight(fontSize));
            write(font, fontSize, x, y, line);
            y -= lineHeight(fontSize);
        }
    }

    private void ensureRoom(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void write(PDType1Font font, float fontSize, float x, float atY, String text) {
        try {
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, atY - fontSize);
            content.showText(text);
            content.endText();
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

    /** Splits a text into lines that fit the width, breaking inside a word only when the word alone is too wide. */
    static List<String> wrap(PDType1Font font, float fontSize, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : WinAnsiText.clean(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(font, fontSize, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (widthOf(font, fontSize, word) > width) {
                int cut = word.length() - 1;
                while (cut > 1 && widthOf(font, fontSize, word.substring(0, cut)) > width) {
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

    private static float widthOf(PDType1Font font, float fontSize, String text) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
