package dev.vigil.server.application.casefile;

import dev.vigil.server.application.shared.Caller;

/** Use case: the reporter audit of a property over a period. */
public interface ReporterAuditService {
    ReporterAudit audit(Caller caller, String propertyId, String from, String to);
}
