package dev.vigil.server.infrastructure.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document, embedded as subsets (only the glyphs used): Noto Sans for Latin,
 * Greek, Cyrillic, digits and punctuation, Noto Sans Hebrew and Noto Naskh Arabic, each regular and
 * bold, shipped inside the jar under the SIL Open Font License ({@code fonts/OFL.txt}). Hebrew and
 * Arabic are loaded only when the document has such text. Each character is set in the first font
 * that has a glyph for it; arrows and comparison signs none has are set as ASCII ("->", ">="), any
 * other character none has becomes a question mark.
 */
final class PdfFonts {

    /** A script family and where its files are. */
    enum Family {
        LATIN("NotoSans"), HEBREW("NotoSansHebrew"), ARABIC("NotoNaskhArabic");

        private final String file;

        Family(String file) {
            this.file = file;
        }
    }

    /** Symbols Noto Sans lacks, set as the ASCII they stand for. */
    private static final Map<Integer, String> STAND_INS = Map.of((int) '\u2192', "->", (int) '\u2190', "<-",
            (int) '\u2265', ">=", (int) '\u2264', "<=", (int) '\u2260', "!=", (int) '\u2212', "-", (int) '\u2010', "-");
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    private static final Map<Family, CmapLookup> CMAPS = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final Map<Family, PDType0Font> regular = new EnumMap<>(Family.class);
    private final Map<Family, PDType0Font> bold = new EnumMap<>(Family.class);
    private final Map<Integer, Optional<PDType0Font>> regularChoices = new HashMap<>();
    private final Map<Integer, Optional<PDType0Font>> boldChoices = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** The font that sets a code point: its script's, else Noto Sans, else null (no font has it). */
    PDType0Font fontFor(int codePoint, boolean strong) {
        Map<Integer, Optional<PDType0Font>> seen = strong ? boldChoices : regularChoices;
        return seen.computeIfAbsent(codePoint, cp -> Optional.ofNullable(choose(cp, strong))).orElse(null);
    }

    private PDType0Font choose(int codePoint, boolean strong) {
        Family preferred = familyOf(codePoint);
        for (Family family : preferred == Family.LATIN ? new Family[] {Family.LATIN}
                : new Family[] {preferred, Family.LATIN}) {
            if (has(family, codePoint)) {
                return font(family, strong);
            }
        }
        return null;
    }

    /** True when the fonts can set every character (regular weight; the bold files cover the same), stand-ins aside. */
    static boolean covers(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || STAND_INS.containsKey(cp)
                || has(familyOf(cp), cp) || has(Family.LATIN, cp));
    }

    /** A stretch of text set in one font. */
    record Run(PDType0Font font, String text) {
    }

    /** A visual-order string cut into runs of one font each; characters no font has become '?'. */
    List<Run> runs(String text, boolean strong) {
        List<Run> runs = new ArrayList<>();
        PDType0Font current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font font = fontFor(cp, strong);
            String glyphs = new String(Character.toChars(cp));
            if (font == null) {
                font = font(Family.LATIN, strong);
                glyphs = STAND_INS.getOrDefault(cp, "?");
            }
            if (font != current && run.length() > 0) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = font;
            run.append(glyphs);
        }
        if (run.length() > 0) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    /** Width in points of a visual-order string at a size. */
    float width(String text, float size, boolean strong) {
        float units = 0;
        for (Run run : runs(text, strong)) {
            try {
                units += run.font().getStringWidth(run.text());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return units / 1000 * size;
    }

    static Family familyOf(int cp) {
        if ((cp >= 0x0590 && cp <= 0x05FF) || (cp >= 0xFB1D && cp <= 0xFB4F)) {
            return Family.HEBREW;
        }
        if ((cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF)
                || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) {
            return Family.ARABIC;
        }
        return Family.LATIN;
    }

    private PDType0Font font(Family family, boolean strong) {
        Map<Family, PDType0Font> fonts = strong ? bold : regular;
        return fonts.computeIfAbsent(family, f -> load(f.file + (strong ? "-Bold" : "-Regular") + ".ttf"));
    }

    private PDType0Font load(String file) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(bytes(file)), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a family's regular font maps the code point (its character map, read once per server). */
    private static boolean has(Family family, int codePoint) {
        return CMAPS.computeIfAbsent(family, f -> {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(f.file + "-Regular.ttf")));
                return font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).getGlyphId(codePoint) > 0;
    }

    /** A font file from the jar, read once per server. */
    private static byte[] bytes(String file) {
        return FILES.computeIfAbsent(file, f -> {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("fonts/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the build: fonts/" + f);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
