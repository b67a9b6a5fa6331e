package dev.vigil.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/** Streams rows into PostgreSQL with COPY ... FROM STDIN (text format), one connection per table. */
final class PgCopySink implements RowSink {

    private static final int FLUSH_AT = 1 << 18;

    private final List<Connection> connections = new ArrayList<>();
    private final Table stays;
    private final Table observations;
    private final Table indicators;
    private final Table subjects;
    private final Table keys;

    PgCopySink(DataSource dataSource) throws Exception {
        stays = open(dataSource, "COPY stay (id, property_id, room, reservation_ref, first_seen_at, last_seen_at, version) FROM STDIN");
        observations = open(dataSource, "COPY observation (id, tenant_id, property_id, observed_at, observed_offset_seconds,"
                + " received_at, reporter_id, reporter_role, filed_by, room, area, reservation_ref, stay_id, note_ciphertext,"
                + " note_flagged) FROM STDIN");
        indicators = open(dataSource, "COPY observation_indicator (observation_id, ordinal, code) FROM STDIN");
        subjects = open(dataSource, "COPY observation_subject (observation_id, kind, token) FROM STDIN");
        keys = open(dataSource, "COPY observation_key (observation_id, key_type, key_value, tenant_id, property_id,"
                + " observed_at, reporter_id, reporter_role, room, area, codes, subject_keys) FROM STDIN");
    }

    private Table open(DataSource dataSource, String sql) throws Exception {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        connections.add(c);
        CopyIn in = new CopyManager(c.unwrap(BaseConnection.class)).copyIn(sql);
        return new Table(in);
    }

    @Override
    public void stay(String id, String property, String room, String reservationRef, long firstSeen, long lastSeen) {
        StringBuilder b = stays.row();
        b.append(id).append('\t').append(property).append('\t');
        text(b, room).append('\t');
        text(b, reservationRef).append('\t');
        time(b, firstSeen).append('\t');
        time(b, lastSeen).append("\t1\n");
        stays.rowDone();
    }

    @Override
    public void observation(String id, String tenant, String property, long observedAt, int offsetSeconds, long receivedAt,
                            String reporterId, String reporterRole, String filedBy, String room, String reservationRef,
                            String stayId, String noteCiphertext) {
        StringBuilder b = observations.row();
        b.append(id).append('\t').append(tenant).append('\t').append(property).append('\t');
        time(b, observedAt).append('\t').append(offsetSeconds).append('\t');
        time(b, receivedAt).append('\t').append(reporterId).append('\t').append(reporterRole).append('\t')
                .append(filedBy).append('\t');
        text(b, room).append("\t\\N\t");
        text(b, reservationRef).append('\t');
        text(b, stayId).append('\t');
        text(b, noteCiphertext).append("\tf\n");
        observations.rowDone();
    }

    @Override
    public void indicator(String observationId, int ordinal, String code) {
        indicators.row().append(observationId).append('\t').append(ordinal).append('\t').append(code).append('\n');
        indicators.rowDone();
    }

    @Override
    public void subject(String observationId, String kind, String token) {
        subjects.row().append(observationId).append('\t').append(kind).append('\t').append(token).append('\n');
        subjects.rowDone();
    }

    @Override
    public void key(String observationId, String keyType, String keyValue, String tenant, String property, long observedAt,
                    KeyFacts facts) {
        StringBuilder b = keys.row();
        b.append(observationId).append('\t').append(keyType).append('\t').append(keyValue).append('\t').append(tenant)
                .append('\t').append(property).append('\t');
        time(b, observedAt).append('\t').append(facts.reporterId()).append('\t').append(facts.reporterRole()).append('\t');
        text(b, facts.room()).append('\t');
        text(b, facts.area()).append('\t').append(facts.codes()).append('\t');
        // the keys are one a line: COPY's text format writes a line break as \n
        b.append(facts.subjectKeys().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        keys.rowDone();
    }

    @Override
    public void finish() throws Exception {
        for (Table t : List.of(stays, observations, indicators, subjects, keys)) {
            t.flush();
            t.in.endCopy();
        }
        for (Connection c : connections) {
            c.commit();
        }
    }

    @Override
    public void close() throws Exception {
        for (Connection c : connections) {
            c.close();
        }
    }

    private static StringBuilder text(StringBuilder b, String value) {
        return value == null ? b.append("\\N") : b.append(value); // these values never hold tabs, newlines or backslashes
    }

    /** UTC wall time, as the schema keeps it: yyyy-MM-dd HH:mm:ss. */
    static StringBuilder time(StringBuilder b, long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        b.append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        return two(b, t.getSecond());
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static final class Table {
        final CopyIn in;
        final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
        private byte[] bytes = new byte[FLUSH_AT + 4096];

        Table(CopyIn in) {
            this.in = in;
        }

        StringBuilder row() {
            return buffer;
        }

        void rowDone() {
            if (buffer.length() >= FLUSH_AT) {
                flush();
            }
        }

        void flush() {
            int n = buffer.length();
            if (n == 0) {
                return;
            }
            if (bytes.length < n) {
                bytes = new byte[n];
            }
            for (int i = 0; i < n; i++) {
                char c = buffer.charAt(i);
                if (c > 127) {
                    byte[] utf8 = buffer.toString().getBytes(StandardCharsets.UTF_8);
                    write(utf8, utf8.length);
                    buffer.setLength(0);
                    return;
                }
                bytes[i] = (byte) c;
            }
            write(bytes, n);
            buffer.setLength(0);
        }

        private void write(byte[] b, int n) {
            try {
                in.writeToCopy(b, 0, n);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("COPY failed", e);
            }
        }
    }
}
