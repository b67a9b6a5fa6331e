package dev.vigil.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A PostgreSQL server (zonky embedded binaries) started on loopback in a fresh data directory under bench/target. */
final class PgDatabase extends BenchDatabase {

    private final Path dir;
    private final EmbeddedPostgres pg;
    private final boolean keep;

    /** A fresh data directory, or with {@code reuse} the one a kept run left; {@code keep}: leave it on close. */
    PgDatabase(Path dir, boolean reuse, boolean keep) throws Exception {
        this.dir = dir;
        this.keep = keep;
        if (!reuse) {
            deleteTree(dir);
        }
        pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false) // it would delete the directory on close too; this class decides
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("shared_buffers", "2GB")
                .setServerConfig("effective_cache_size", "8GB")
                .setServerConfig("maintenance_work_mem", "1GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .start();
    }

    @Override
    String name() {
        return "PostgreSQL";
    }

    @Override
    DataSource dataSource() {
        return pg.getPostgresDatabase();
    }

    @Override
    String jdbcUrl() {
        return pg.getJdbcUrl("postgres", "postgres");
    }

    @Override
    String user() {
        return "postgres";
    }

    @Override
    String password() {
        return "postgres";
    }

    String version() throws Exception {
        return String.valueOf(query("SHOW server_version").get(0).get(0));
    }

    @Override
    RowSink sink() throws Exception {
        return new PgCopySink(dataSource());
    }

    @Override
    List<String> schema() throws Exception {
        List<String> lines = new ArrayList<>();
        for (List<Object> r : query("SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '"
                + " || coalesce(character_maximum_length::text, '') || ' ' || is_nullable || ' ' || coalesce(column_default, '')"
                + " FROM information_schema.columns WHERE table_schema = current_schema()"
                + " UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
                + " FROM pg_constraint WHERE connamespace = current_schema()::regnamespace"
                + " UNION ALL SELECT 'index ' || tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                + " ORDER BY 1")) {
            lines.add((String) r.get(0));
        }
        return lines;
    }

    @Override
    List<String> dropForLoad() throws Exception {
        String loaded = "('" + String.join("','", LOADED) + "')";
        List<String> drops = new ArrayList<>();
        List<String> primaries = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        // foreign keys from or to the loaded tables (case_observation references observation too)
        for (List<Object> r : query("SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c"
                + " WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace"
                + " AND (c.conrelid::regclass::text IN " + loaded + " OR c.confrelid::regclass::text IN " + loaded + ")")) {
            drops.add("ALTER TABLE " + r.get(0) + " DROP CONSTRAINT " + r.get(1));
            foreign.add("ALTER TABLE " + r.get(0) + " ADD CONSTRAINT " + r.get(1) + " " + r.get(2));
        }
        for (List<Object> r : query("SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c"
                + " WHERE c.contype IN ('p', 'u') AND c.connamespace = current_schema()::regnamespace"
                + " AND c.conrelid::regclass::text IN " + loaded)) {
            drops.add("ALTER TABLE " + r.get(0) + " DROP CONSTRAINT " + r.get(1));
            primaries.add("ALTER TABLE " + r.get(0) + " ADD CONSTRAINT " + r.get(1) + " " + r.get(2));
        }
        for (List<Object> r : query("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema()"
                + " AND i.tablename IN " + loaded + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                + " WHERE c.conname = i.indexname AND c.connamespace = current_schema()::regnamespace)")) {
            drops.add("DROP INDEX " + r.get(0));
            indexes.add((String) r.get(1));
        }
        execute(drops.toArray(String[]::new));
        List<String> restore = new ArrayList<>(primaries);
        restore.addAll(indexes);
        restore.addAll(foreign);
        return restore;
    }

    @Override
    void restore(List<String> statements) throws Exception {
        for (String sql : statements) {
            execute(sql);
        }
        // what autovacuum does on a steady database: statistics and the visibility map
        execute("VACUUM ANALYZE");
        // write out the load now rather than in a background checkpoint that would compete with the timed samples
        execute("CHECKPOINT");
    }

    @Override
    long bytesOnDisk() throws Exception {
        return ((Number) query("SELECT pg_database_size(current_database())").get(0).get(0)).longValue();
    }

    @Override
    String explain(String sql, Object... params) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
        }
        return out.toString();
    }

    @Override
    public void close() throws Exception {
        super.close();
        pg.close();
        if (!keep) {
            deleteTree(dir);
        }
    }

    Path dir() {
        return dir;
    }
}
