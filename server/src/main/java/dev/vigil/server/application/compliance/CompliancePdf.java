package dev.vigil.server.application.compliance;

/** Outbound port that lays a compliance summary out as a PDF document. */
public interface CompliancePdf {

    byte[] render(ComplianceSummary summary);
}
