package dev.vigil.server.application.shared;

/** One invalid field of a request: its JSON path (e.g. {@code indicators[2]}) and what is wrong. */
public record FieldError(String field, String message) {
}
