package dev.vigil.bench;

import dev.vigil.server.infrastructure.persistence.migration.SchemaMigrator;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** One fresh database under test: migrated by the server's Flyway migrations, bulk-loaded, then read through JPA. */
abstract class BenchDatabase implements AutoCloseable {

    /** The tables the loader fills. */
    static final List<String> LOADED = List.of("stay", "observation", "observation_indicator", "observation_subject",
            "observation_key");

    private EntityManagerFactory emf;

    abstract String name();

    abstract DataSource dataSource();

    abstract String jdbcUrl();

    abstract String user();

    abstract String password();

    abstract RowSink sink() throws Exception;

    /** Everything that defines the schema (columns, constraints, indexes), one sorted line each. */
    abstract List<String> schema() throws Exception;

    /** Drops what slows a bulk load down; returns what {@link #restore} must run to get it back. */
    abstract List<String> dropForLoad() throws Exception;

    /** Recreates what {@link #dropForLoad} dropped, then refreshes the planner's statistics. */
    abstract void restore(List<String> statements) throws Exception;

    /** Bytes the database takes on disk. */
    abstract long bytesOnDisk() throws Exception;

    /** Plans of the engine's queries, for the report. */
    abstract String explain(String sql, Object... params) throws Exception;

    String migrate() {
        return SchemaMigrator.migrate(dataSource());
    }

    /** The server's persistence unit in Java SE mode, as the persistence tests build it. */
    EntityManagerFactory emf() {
        if (emf == null) {
            Map<String, Object> props = new HashMap<>();
            props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            props.put("jakarta.persistence.jtaDataSource", "");
            props.put("jakarta.persistence.jdbc.url", jdbcUrl());
            props.put("jakarta.persistence.jdbc.user", user());
            props.put("jakarta.persistence.jdbc.password", password());
            props.put("eclipselink.logging.level", "WARNING");
            props.put("eclipselink.session-name", "bench-" + name() + "-" + System.nanoTime());
            emf = Persistence.createEntityManagerFactory("vigil", props);
        }
        return emf;
    }

    void execute(String... statements) throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    List<List<Object>> query(String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    long count(String table) throws Exception {
        return ((Number) query("SELECT COUNT(*) FROM " + table).get(0).get(0)).longValue();
    }

    @Override
    public void close() throws Exception {
        if (emf != null) {
            emf.close();
            emf = null;
        }
    }

    static long sizeOf(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
