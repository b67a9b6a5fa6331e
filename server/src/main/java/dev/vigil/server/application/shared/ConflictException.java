package dev.vigil.server.application.shared;

/** The request clashes with what was stored before, e.g. an idempotency key reused for another body. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
