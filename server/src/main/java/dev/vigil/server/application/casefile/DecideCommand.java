package dev.vigil.server.application.casefile;

/** A decision as sent: its name and the note saying why (both checked by the use case). */
public record DecideCommand(String decision, String note) {
}
