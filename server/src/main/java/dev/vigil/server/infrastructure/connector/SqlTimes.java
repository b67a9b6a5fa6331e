package dev.vigil.server.infrastructure.connector;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** UTC times and dates to and from the columns of native queries, as H2 and PostgreSQL return them (see UtcDateTimes). */
final class SqlTimes {

    private SqlTimes() {
    }

    /** A UTC date-time as a {@link LocalDateTime}: the server's platforms bind it without the JVM's zone. */
    static LocalDateTime ts(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (column instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (column instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("not a timestamp column: " + column.getClass().getName());
    }

    static LocalDate date(LocalDate day) {
        return day;
    }

    static LocalDate localDate(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (column instanceof LocalDate l) {
            return l;
        }
        return instant(column).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static int integer(Object column) {
        return column == null ? 0 : ((Number) column).intValue();
    }
}
