package dev.vigil.server.application.insight;

import java.time.Instant;
import java.util.List;

/**
 * How long cases opened in a period waited, per severity: minutes from opening to the first
 * acknowledged step and to the first decision, each case's figure and the median and 90th percentile.
 */
public record TimeToAct(String propertyId, Instant from, Instant to, List<BySeverity> severities) {

    /** The figures of one severity; cases still waiting count in {@code waitingForAck} and {@code waitingForDecision}. */
    public record BySeverity(String severity, int cases, List<Long> minutesToAck, List<Long> minutesToDecision,
                             Long medianToAck, Long p90ToAck, Long medianToDecision, Long p90ToDecision,
                             int waitingForAck, int waitingForDecision) {
    }
}
