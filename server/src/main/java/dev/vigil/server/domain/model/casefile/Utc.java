package dev.vigil.server.domain.model.casefile;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Case times are stored as UTC local date-times (JPA 3.1 has no Instant); one place converts them. */
final class Utc {

    private Utc() {
    }

    static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
