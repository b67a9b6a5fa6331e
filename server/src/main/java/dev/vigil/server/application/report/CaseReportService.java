package dev.vigil.server.application.report;

import dev.vigil.server.application.shared.Caller;
import java.util.List;

/** Use case: security and managers export a case's report packet, as data or as a PDF. Every export is audited. */
public interface CaseReportService {

    /** The packet as data, indicator texts in the first of the caller's languages that the checklist speaks. */
    CaseReport report(Caller caller, String caseId, List<String> languages);

    /** The packet as a PDF; indicator texts stay in English when the PDF's font cannot set the language asked for. */
    RenderedReport pdf(Caller caller, String caseId, List<String> languages);

    /** A rendered document and the language of its indicator texts. */
    record RenderedReport(byte[] document, String language) {
    }
}
