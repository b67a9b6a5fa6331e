package dev.vigil.server.application.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Writes times as the property reads them: ISO-8601 to the second, in the property's zone, with its offset. */
record ReportClock(ZoneId zone) {

    String format(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS));
    }

    String format(OffsetDateTime time) {
        return time == null ? null : format(time.toInstant());
    }
}
