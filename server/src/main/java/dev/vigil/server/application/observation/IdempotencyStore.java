package dev.vigil.server.application.observation;

import java.util.Optional;

/** Outbound port remembering, per caller scope and key, the fingerprint of a request and its receipt. */
public interface IdempotencyStore {

    /** A remembered request: its body fingerprint and the receipt it produced. */
    record Remembered(String fingerprint, FilingReceipt receipt) {
    }

    Optional<Remembered> find(String scope, String key);

    /** Stores in the caller's transaction, so the record exists exactly when the observation does. */
    void remember(String scope, String key, String fingerprint, FilingReceipt receipt);
}
