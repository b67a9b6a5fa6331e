package dev.vigil.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/** Inserts rows into H2 with JDBC batches of multi-row INSERTs, committing every so often. */
final class H2BatchSink implements RowSink {

    private static final int ROWS_PER_STATEMENT = 20;
    private static final int BATCH = 100; // statements per executeBatch
    private static final long COMMIT_EVERY = 10_000;

    private final Connection connection;
    private final Table stays;
    private final Table observations;
    private final Table indicators;
    private final Table subjects;
    private final Table keys;
    private long sinceCommit;

    H2BatchSink(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        stays = new Table("INSERT INTO stay (id, property_id, room, reservation_ref, first_seen_at, last_seen_at, version) VALUES ", 7);
        observations = new Table("INSERT INTO observation (id, tenant_id, property_id, observed_at, observed_offset_seconds,"
                + " received_at, reporter_id, reporter_role, filed_by, room, area, reservation_ref, stay_id, note_ciphertext,"
                + " note_flagged) VALUES ", 15);
        indicators = new Table("INSERT INTO observation_indicator (observation_id, ordinal, code) VALUES ", 3);
        subjects = new Table("INSERT INTO observation_subject (observation_id, kind, token) VALUES ", 3);
        keys = new Table("INSERT INTO observation_key (observation_id, key_type, key_value, tenant_id, property_id,"
                + " observed_at, reporter_id, reporter_role, room, area, codes, subject_keys) VALUES ", 12);
    }

    @Override
    public void stay(String id, String property, String room, String reservationRef, long firstSeen, long lastSeen) {
        stays.add(id, property, room, reservationRef, time(firstSeen), time(lastSeen), 1L);
    }

    @Override
    public void observation(String id, String tenant, String property, long observedAt, int offsetSeconds, long receivedAt,
                            String reporterId, String reporterRole, String filedBy, String room, String reservationRef,
                            String stayId, String noteCiphertext) {
        observations.add(id, tenant, property, time(observedAt), offsetSeconds, time(receivedAt), reporterId, reporterRole,
                filedBy, room, null, reservationRef, stayId, noteCiphertext, Boolean.FALSE);
    }

    @Override
    public void indicator(String observationId, int ordinal, String code) {
        indicators.add(observationId, ordinal, code);
    }

    @Override
    public void subject(String observationId, String kind, String token) {
        subjects.add(observationId, kind, token);
    }

    @Override
    public void key(String observationId, String keyType, String keyValue, String tenant, String property, long observedAt,
                    KeyFacts facts) {
        keys.add(observationId, keyType, keyValue, tenant, property, time(observedAt), facts.reporterId(),
                facts.reporterRole(), facts.room(), facts.area(), facts.codes(), facts.subjectKeys());
    }

    private static LocalDateTime time(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    }

    @Override
    public void finish() throws SQLException {
        for (Table t : List.of(stays, observations, indicators, subjects, keys)) {
            t.drain();
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        for (Table t : List.of(stays, observations, indicators, subjects, keys)) {
            t.close();
        }
        connection.close();
    }

    private final class Table {
        private final String head;
        private final int columns;
        private final PreparedStatement full;
        private final Object[][] pending;
        private int rows;
        private int batched;

        Table(String head, int columns) throws SQLException {
            this.head = head;
            this.columns = columns;
            this.full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            this.pending = new Object[ROWS_PER_STATEMENT][];
        }

        private String sql(int n) {
            StringBuilder b = new StringBuilder(head);
            String row = "(" + String.join(",", java.util.Collections.nCopies(columns, "?")) + ")";
            for (int i = 0; i < n; i++) {
                b.append(i == 0 ? "" : ",").append(row);
            }
            return b.toString();
        }

        void add(Object... values) {
            pending[rows++] = values;
            if (rows == ROWS_PER_STATEMENT) {
                try {
                    bind(full, rows);
                    full.addBatch();
                    rows = 0;
                    if (++batched == BATCH) {
                        full.executeBatch();
                        batched = 0;
                    }
                    sinceCommit += ROWS_PER_STATEMENT;
                    if (sinceCommit >= COMMIT_EVERY) {
                        for (Table t : List.of(stays, observations, indicators, subjects, keys)) {
                            t.flushBatch();
                        }
                        connection.commit();
                        sinceCommit = 0;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("insert failed", e);
                }
            }
        }

        private void bind(PreparedStatement ps, int n) throws SQLException {
            int p = 1;
            for (int r = 0; r < n; r++) {
                for (Object v : pending[r]) {
                    if (v == null) {
                        ps.setNull(p++, Types.VARCHAR);
                    } else {
                        ps.setObject(p++, v);
                    }
                }
            }
        }

        void flushBatch() throws SQLException {
            if (batched > 0) {
                full.executeBatch();
                batched = 0;
            }
        }

        void drain() throws SQLException {
            flushBatch();
            if (rows > 0) {
                try (PreparedStatement tail = connection.prepareStatement(sql(rows))) {
                    bind(tail, rows);
                    tail.executeUpdate();
                }
                rows = 0;
            }
        }

        void close() throws SQLException {
            full.close();
        }
    }
}
