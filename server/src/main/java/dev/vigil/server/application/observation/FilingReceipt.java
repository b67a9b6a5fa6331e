package dev.vigil.server.application.observation;

import dev.vigil.server.domain.service.ImmediateAction;
import dev.vigil.server.domain.service.ReporterAdvice.Guidance;
import java.time.Instant;
import java.util.List;

/**
 * What a reporter gets back: the id, when it was received, guidance, what to do now, warnings.
 * Deliberately nothing about cases or other reports.
 */
public record FilingReceipt(String id, Instant receivedAt, List<Guidance> guidance,
                            List<ImmediateAction> immediateActions, List<Warning> warnings) {

    /** A remark about the filing that does not stop it (e.g. a note that describes a person). */
    public record Warning(String code, String message) {
    }
}
