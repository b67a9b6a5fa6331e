package dev.vigil.server.application.casefile;

/**
 * Security marks a subject key: by its token as cases show it, or by the raw identifier (which is
 * pseudonymised at once, like any filing), with a marker and a reason.
 */
public record MarkCommand(String propertyId, String type, String token, String value, String marker, String reason) {

    @Override
    public String toString() {
        return "MarkCommand[type=" + type + ", marker=" + marker + "]"; // never the raw value
    }
}
