package dev.vigil.server.application.observation;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.application.shared.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Command to file one observation. Values are type-checked but not yet validated against the pack,
 * the caller or the clock; subjects are still raw and must not outlive the use case.
 *
 * @param idempotencyKey the client's key, or null
 * @param canonicalBody the request body in canonical form, fingerprinted for idempotency
 * @param languages languages of the guidance to return, most preferred first
 * @param shapeErrors fields that already failed to parse (wrong type, unknown field): reported with the rest
 */
public record FileObservationCommand(
        Caller caller,
        String propertyId,
        OffsetDateTime observedAt,
        String reporterId,
        String reporterRole,
        String room,
        String area,
        String reservationRef,
        List<String> indicators,
        Map<SubjectKind, String> subjects,
        String note,
        String idempotencyKey,
        String canonicalBody,
        List<String> languages,
        List<dev.vigil.server.application.shared.FieldError> shapeErrors) {

    public FileObservationCommand {
        shapeErrors = shapeErrors == null ? List.of() : List.copyOf(shapeErrors);
        languages = languages == null ? List.of() : languages.stream().filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public String toString() {
        // never print subjects or note: they are raw identifiers and free text
        return "FileObservationCommand[caller=" + caller.name() + ", property=" + propertyId
                + ", indicators=" + indicators + ", subjects=" + subjects.keySet() + "]";
    }
}
