package dev.vigil.server.infrastructure.persistence.jpa;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;

/**
 * How Vigil's UTC date-times cross JDBC: as {@link LocalDateTime} values, bound with {@code setObject} and
 * read with {@code getObject(LocalDateTime.class)}. The JPA provider's default goes through
 * {@link java.sql.Timestamp}, which interprets a date-time in the JVM's zone: in a zone with daylight
 * saving, a UTC time inside the local spring-forward hour would be stored an hour late.
 */
final class UtcDateTimes {

    /** Marks a column this class does not read, so the platform reads it as usual. */
    static final Object NOT_MINE = new Object();

    private UtcDateTimes() {
    }

    /** Binds a date-time without the JVM's zone; returns false for any other value. */
    static boolean bind(Object value, PreparedStatement statement, int index) throws SQLException {
        if (value instanceof LocalDateTime dateTime) {
            statement.setObject(index, dateTime);
            return true;
        }
        return false;
    }

    /** Reads a timestamp column as the date-time it holds; {@link #NOT_MINE} for other columns. */
    static Object read(ResultSet resultSet, int column, int type) throws SQLException {
        if (type == Types.TIMESTAMP) {
            return resultSet.getObject(column, LocalDateTime.class);
        }
        return NOT_MINE;
    }
}
