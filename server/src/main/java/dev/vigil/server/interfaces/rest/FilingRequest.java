package dev.vigil.server.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The filing body, for the OpenAPI document only: the body itself is read field by field by
 * {@link ObservationRequestReader}, so that every problem can name its field.
 */
@Schema(name = "FilingRequest", description = "One observation as a staff member files it")
public record FilingRequest(
        @Schema(required = true, example = "demo-hotel") String propertyId,
        @Schema(required = true, type = SchemaType.STRING, format = "date-time", example = "2026-11-22T14:05:00-05:00",
                description = "ISO-8601 with offset; not more than 5 minutes ahead, not older than the observation window (90 days)")
        String observedAt,
        @Schema(required = true, ref = "FilingReporter") ReporterPart reporter,
        @Schema(required = true, ref = "FilingLocation", description = "a room or an area, or both") LocationPart location,
        @Schema(description = "the PMS's reservation id or number", maxLength = 100) String reservationRef,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class, minItems = 1, maxItems = 20,
                description = "codes of the active indicator pack, each once") List<String> indicators,
        @Schema(ref = "FilingSubjects", description = "raw objective identifiers; each is pseudonymised on arrival and never stored") SubjectsPart subjects,
        @Schema(maxLength = 2000, description = "facts only: what was seen or heard, when, where; encrypted at rest") String note) {

    /** Who files. */
    @Schema(name = "FilingReporter")
    public record ReporterPart(
            @Schema(required = true, description = "your user name; an integration names the PMS staff member") String id,
            @Schema(required = true, enumeration = {"FD", "HK", "FB", "MNT", "VAL", "SEC", "HR"}) String role) {
    }

    /** Where. */
    @Schema(name = "FilingLocation")
    public record LocationPart(@Schema(maxLength = 20, example = "214") String room,
                               @Schema(maxLength = 100, example = "lobby") String area) {
    }

    /** Identifiers, all optional. */
    @Schema(name = "FilingSubjects")
    public record SubjectsPart(String guest, String person, String payer, String phone, String vehicle,
                               String visitor, String vendor) {
    }
}
