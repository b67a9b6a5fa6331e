package dev.vigil.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Scans every text column of every Vigil table for raw identifiers that must never be stored. */
final class RawValues {

    private RawValues() {
    }

    static void assertNoneStored(String jdbcUrl, String user, String password, List<String> raw) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "%", "%")) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && (schema.equalsIgnoreCase("public"))) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            assertThat(columns).as("columns found").isNotEmpty();
            int rowsSeen = 0;
            for (String[] column : columns) {
                String sql = "SELECT CAST(\"" + column[1] + "\" AS VARCHAR(20000)) FROM \"" + column[0] + "\"";
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rowsSeen++;
                        String value = rs.getString(1);
                        if (value == null) {
                            continue;
                        }
                        for (String secret : raw) {
                            assertThat(value.toLowerCase(Locale.ROOT)).as(column[0] + "." + column[1])
                                    .doesNotContain(secret.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            assertThat(rowsSeen).as("values scanned").isPositive();
        }
    }
}
