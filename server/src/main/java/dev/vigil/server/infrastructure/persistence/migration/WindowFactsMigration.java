package dev.vigil.server.infrastructure.persistence.migration;

import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.infrastructure.persistence.jpa.FactText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 7: each key row of an observation carries what the pattern engine reads of it (reporter,
 * role, room, area, its codes and all its keys; see {@link FactText}), so a window read is one range
 * of the key index rather than a visit to the observation's rows in three tables.
 *
 * <p>On H2 the index holds those columns too, so the read never leaves the index: the rows
 * themselves lie in filing order, and a stay's few rows sit far apart among years of other filings.
 * PostgreSQL keeps the narrow index (an index entry there must fit a third of a page, and the keys
 * column may not) and reads one table row per observation of the window.
 *
 * <p>Written in Java because the codes and keys of stored observations are encoded here exactly as
 * the server encodes new ones, on both databases.
 */
public final class WindowFactsMigration implements JavaMigration {

    private static final int BATCH = 500;
    private static final List<String> COLUMNS = List.of("reporter_id VARCHAR(100)", "reporter_role VARCHAR(8)",
            "room VARCHAR(20)", "area VARCHAR(100)", "codes VARCHAR(" + FactText.CODES_LENGTH + ")",
            "subject_keys VARCHAR(" + FactText.KEYS_LENGTH + ")");
    private static final List<String> REQUIRED = List.of("reporter_id", "reporter_role", "codes", "subject_keys");
    static final String H2_INDEX = "CREATE INDEX observation_key_by_key_time ON observation_key (tenant_id, key_type,"
            + " key_value, observed_at, observation_id, reporter_id, reporter_role, room, area, codes, subject_keys)";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "window facts";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (String column : COLUMNS) {
                s.execute("ALTER TABLE observation_key ADD COLUMN " + column);
            }
            fillIn(c);
            for (String column : REQUIRED) {
                s.execute("ALTER TABLE observation_key ALTER COLUMN " + column + " SET NOT NULL");
            }
            if (c.getMetaData().getDatabaseProductName().startsWith("H2")) {
                s.execute("DROP INDEX observation_key_by_key_time");
                s.execute(H2_INDEX);
            }
        }
    }

    /** The key rows of observations filed before this version, a batch of observations at a time, by id. */
    private static void fillIn(Connection c) throws SQLException {
        String after = "";
        while (true) {
            Map<String, String[]> batch = observationsAfter(c, after);
            if (batch.isEmpty()) {
                return;
            }
            String last = batch.keySet().stream().reduce((a, b) -> b).orElseThrow();
            Map<String, List<IndicatorCode>> codes = codes(c, after, last);
            Map<String, Set<SubjectKey>> keys = keys(c, after, last);
            try (PreparedStatement update = c.prepareStatement("UPDATE observation_key SET reporter_id = ?,"
                    + " reporter_role = ?, room = ?, area = ?, codes = ?, subject_keys = ? WHERE observation_id = ?")) {
                for (Map.Entry<String, String[]> o : batch.entrySet()) {
                    if (!keys.containsKey(o.getKey())) {
                        continue;
                    }
                    String[] row = o.getValue();
                    for (int i = 0; i < 4; i++) {
                        update.setString(i + 1, row[i]);
                    }
                    update.setString(5, FactText.codes(codes.getOrDefault(o.getKey(), List.of())));
                    update.setString(6, FactText.keys(keys.get(o.getKey())));
                    update.setString(7, o.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            after = last;
        }
    }

    private static Map<String, String[]> observationsAfter(Connection c, String after) throws SQLException {
        Map<String, String[]> batch = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, reporter_id, reporter_role, room, area FROM observation"
                + " WHERE id > ? ORDER BY id")) {
            q.setMaxRows(BATCH);
            q.setString(1, after);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    batch.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }
        }
        return batch;
    }

    private static Map<String, List<IndicatorCode>> codes(Connection c, String after, String last) throws SQLException {
        Map<String, List<IndicatorCode>> codes = new HashMap<>();
        eachRow(c, "SELECT observation_id, code FROM observation_indicator WHERE observation_id > ? AND observation_id <= ?"
                + " ORDER BY observation_id, ordinal", after, last, rs -> codes.computeIfAbsent(rs.getString(1),
                k -> new ArrayList<>()).add(new IndicatorCode(rs.getString(2))));
        return codes;
    }

    private static Map<String, Set<SubjectKey>> keys(Connection c, String after, String last) throws SQLException {
        Map<String, Set<SubjectKey>> keys = new HashMap<>();
        eachRow(c, "SELECT observation_id, key_type, key_value FROM observation_key WHERE observation_id > ?"
                + " AND observation_id <= ?", after, last, rs -> keys.computeIfAbsent(rs.getString(1),
                k -> new TreeSet<>()).add(new SubjectKey(SubjectType.valueOf(rs.getString(2)), rs.getString(3))));
        return keys;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Each row of a query over the observation ids in (after, last]. */
    private static void eachRow(Connection c, String sql, String after, String last, Row row) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, after);
            q.setString(2, last);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
