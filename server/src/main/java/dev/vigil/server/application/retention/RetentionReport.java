package dev.vigil.server.application.retention;

import java.time.Instant;
import java.util.List;

/** What one purge deleted, by property and kind; counts only. */
public record RetentionReport(Instant at, List<PropertyPurge> properties, int idempotencyRecords,
                              Instant idempotencyRecordsBefore) {

    /** A report of the properties alone. */
    public RetentionReport(Instant at, List<PropertyPurge> properties) {
        this(at, properties, 0, null);
    }

    /** The counts of one property, and the cut-off times that applied (null: that kind is kept). */
    public record PropertyPurge(String propertyId, String protocol, int cases, Instant casesClosedBefore, int observations,
                                Instant observationsBefore, int stays, Instant staysBefore) {
    }

    public int total() {
        return properties.stream().mapToInt(p -> p.cases() + p.observations() + p.stays()).sum();
    }
}
