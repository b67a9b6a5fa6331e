package dev.vigil.server.application.report;

/** Outbound port that lays a packet out as a PDF document. */
public interface CaseReportPdf {

    /** True when the document's font can set every character of the text. */
    boolean canSet(String text);

    byte[] render(CaseReport report);
}
