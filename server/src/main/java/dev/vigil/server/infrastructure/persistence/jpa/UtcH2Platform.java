package dev.vigil.server.infrastructure.persistence.jpa;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.H2Platform;

/** H2 as EclipseLink knows it, with date-times crossing JDBC free of the JVM's zone ({@link UtcDateTimes}). */
public class UtcH2Platform extends H2Platform {

    private static final long serialVersionUID = 1L;

    public UtcH2Platform() {
        // the optimised read path takes timestamps through java.sql.Timestamp; ours reads them as they are
        setShouldOptimizeDataConversion(false);
    }

    @Override
    public void setParameterValueInDatabaseCall(Object parameter, PreparedStatement statement, int index,
                                                AbstractSession session) throws SQLException {
        if (!UtcDateTimes.bind(parameter, statement, index)) {
            super.setParameterValueInDatabaseCall(parameter, statement, index, session);
        }
    }

    @Override
    public Object getObjectFromResultSet(ResultSet resultSet, int columnNumber, int type, AbstractSession session)
            throws SQLException {
        Object value = UtcDateTimes.read(resultSet, columnNumber, type);
        return value != UtcDateTimes.NOT_MINE ? value : super.getObjectFromResultSet(resultSet, columnNumber, type, session);
    }
}
