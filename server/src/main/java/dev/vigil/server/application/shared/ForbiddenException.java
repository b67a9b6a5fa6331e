package dev.vigil.server.application.shared;

/** The caller's role may not do this. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
