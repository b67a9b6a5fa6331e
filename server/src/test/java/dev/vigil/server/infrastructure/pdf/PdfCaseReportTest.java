package dev.vigil.server.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.application.report.CaseReport;
import dev.vigil.server.application.report.CaseReport.Source;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF opens, holds every fact of the packet, and survives text the standard fonts cannot set. */
class PdfCaseReportTest {

    private static final PdfCaseReport PDF = new PdfCaseReport(dev.vigil.server.testing.TestPacks::messages);

    private static final Source SOURCED = new Source("sourced", List.of("https://portal.ct.gov/DCF/HART/Home"), null);
    private static final Source ASSUMED = new Source("assumed", List.of("Design choice; no source sets a time"), null);

    static CaseReport packet(String area, int observations) {
        return packet(area, observations, "en", "Another person answered every time.", "Case report packet");
    }

    static CaseReport packet(String area, int observations, String lang, String indicatorText, String title) {
        List<CaseReport.Sighting> sightings = new java.util.ArrayList<>();
        for (int i = 0; i < observations; i++) {
            sightings.add(new CaseReport.Sighting("2026-11-20T10:0" + (i % 10) + ":00-05:00", "714", area, "HK",
                    List.of(new CaseReport.Indicator("CTRL_SPEAKS_FOR", indicatorText))));
        }
        return new CaseReport(
                new CaseReport.Packet(title, "2026-11-20T15:00:00-05:00", "manager", lang, List.of("Facts only.")),
                new CaseReport.PropertyFacts("demo-hotel", "Demo Hotel Hartford", "America/New_York", "Connecticut"),
                new CaseReport.CaseFacts("c-1", "REPORT", "IN_REVIEW", "2026-11-20T13:00:00-05:00", "2026-11-20T14:00:00-05:00",
                        null, "2026-11-20T10:00:00-05:00", "2026-11-20T13:00:00-05:00", observations, 2, List.of("HK", "SEC"),
                        List.of("714"), List.of(area), Map.of("VISITOR", 3)),
                sightings,
                List.of(new CaseReport.Pattern("R5", "High visitor traffic", "T3", "2026-11-20T10:00:00-05:00",
                        "2026-11-20T13:00:00-05:00", observations)),
                List.of(new CaseReport.Step("contact_hotline", "CONTACT_HOTLINE", "REPORT", "manager", "nhth_voice",
                        "1-888-373-7888", false, "2026-11-20T13:00:00-05:00", "2026-11-21T13:00:00-05:00", "ACKNOWLEDGED",
                        "manager", "2026-11-20T14:00:00-05:00", 0, "security", "us-ct-lodging-trafficking@2026.1.0",
                        SOURCED, ASSUMED, ASSUMED, List.of(new dev.vigil.server.domain.model.protocol.ActionContact("nhth_voice",
                                "phone", "+18883737888", "1-888-373-7888", null, null, null, null, null, null, "1-888-373-7888",
                                false)))),
                List.of(new CaseReport.Event("2026-11-20T13:00:00-05:00", "SEVERITY_RAISED", "vigil", "WATCH → REPORT")),
                List.of(new CaseReport.Contact("dcf_careline", "1-800-842-2288", "+18008422288", "1-800-624-5518", null,
                        "child_victims", "24/7", SOURCED)),
                new CaseReport.Protocol("us-ct-lodging-trafficking", "2026.1.0", "Connecticut"),
                List.of(new CaseReport.Relied("deadline of contact_hotline", "PT24H", ASSUMED)));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Vigil - Case report packet");
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePdf_holdsTheFacts_theStepsWithTheirSources_andTheNumbers() throws Exception {
        String text = text(PDF.render(packet("lobby", 3)));
        assertThat(text).contains("Demo Hotel Hartford", "America/New_York", "room 714", "housekeeping (HK)",
                "Another person answered every time. [CTRL_SPEAKS_FOR]", "R5 High visitor traffic",
                "CONTACT_HOTLINE (contact_hotline)", "Contact call 1-888-373-7888", "2026-11-21T13:00:00-05:00",
                "2026-11-20T14:00:00-05:00 by manager", "Deadline source assumed - Design choice",
                "1-800-842-2288: +18008422288", "1-800-624-5518", "sourced - https://portal.ct.gov/DCF/HART/Home",
                "deadline of contact_hotline = PT24H", "3 visitor", "WATCH -> REPORT", "page 1 of");
    }

    @Test
    void textNoFontHas_isReplaced_notFatal_andLongPacketsFlowOntoMorePages() throws Exception {
        byte[] pdf = PDF.render(packet("مدخل الفندق 東京 lobby", 120));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
        assertThat(text(pdf)).contains("? lobby").contains("page 4 of");
        assertThat(PDF.canSet("Habitación ¿señal? €")).isTrue();
        assertThat(PDF.canSet("כשאנשי הצוות")).isTrue();
        assertThat(PDF.canSet("عندما وجّه الموظفون")).isTrue();
        assertThat(PDF.canSet("東京")).isFalse();
    }

    @Test
    void hebrewAndArabicPackets_embedSubsetsOfTheirFonts_andReadBackAsWritten() throws Exception {
        java.nio.file.Path out = java.nio.file.Path.of("target", "pdf-samples");
        java.nio.file.Files.createDirectories(out);
        Map<String, String[]> samples = Map.of(
                "he", new String[] {"כשאנשי הצוות פנו ישירות לאדם, אדם אחר ענה במקומו בכל פעם.", "חבילת דוח התיק"},
                "ar", new String[] {"عندما وجّه الموظفون الكلام إلى شخص مباشرة، أجاب شخص آخر بدلًا منه.", "ملف تقرير الحالة"});
        for (var sample : samples.entrySet()) {
            byte[] pdf = PDF.render(packet("lobby", 3, sample.getKey(), sample.getValue()[0], sample.getValue()[1]));
            java.nio.file.Files.write(out.resolve("packet-" + sample.getKey() + ".pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                java.util.Set<String> fonts = new java.util.TreeSet<>();
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        var font = page.getResources().getFont(name);
                        fonts.add(font.getName());
                        assertThat(font.isEmbedded()).isTrue();
                    }
                }
                // subset names carry a six-letter tag: ABCDEF+NotoSansHebrew-Regular
                assertThat(fonts).anyMatch(f -> f.matches("[A-Z]{6}\\+Noto(SansHebrew|NaskhArabic)-Regular"));
            }
            String text = dev.vigil.server.application.report.PdfTextExtraction.readable(pdf);
            assertThat(text).as(sample.getKey())
                    .contains(dev.vigil.server.application.report.PdfTextExtraction.normal(sample.getValue()[0]))
                    .contains(dev.vigil.server.application.report.PdfTextExtraction.normal(sample.getValue()[1]));
            assertThat(pdf.length).as("subset fonts keep the packet small").isLessThan(150_000);
        }
    }
}
