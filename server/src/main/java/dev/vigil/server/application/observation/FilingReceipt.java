package dev.vigil.server.application.observation;

import dev.vigil.server.domain.service.ImmediateAction;
import dev.vigil.server.domain.service.ReporterAdvice.Guidance;
import java.time.Instant;
import java.util.List;

/**
 * What a reporter gets back: the id, when it was received, guidance, what to do now, warnings.
 * Deliberately nothing about cases or other reports.
 *
 * @param lang the language the texts are in (the one asked for, or English)
 */
public record FilingReceipt(String id, Instant receivedAt, String lang, List<Guidance> guidance,
                            List<ImmediateAction> immediateActions, List<Warning> warnings) {

    /** A remark about the filing that does not stop it (e.g. a note that describes a person). */
    public record Warning(String code, String message) {
    }
}
