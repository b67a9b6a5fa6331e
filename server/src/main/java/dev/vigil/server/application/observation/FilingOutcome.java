package dev.vigil.server.application.observation;

/** The receipt and whether it was created now or replayed for a repeated idempotent request. */
public record FilingOutcome(FilingReceipt receipt, boolean replayed) {
}
