package dev.vigil.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An H2 file database under bench/target, opened with the server's default URL options. */
final class H2Database extends BenchDatabase {

    private final Path dir;
    private final JdbcDataSource source = new JdbcDataSource();
    private Connection keepOpen;
    private final boolean keep;

    /** A fresh database, or with {@code reuse} the one a kept run left; {@code keep}: leave it on close. */
    H2Database(Path dir, boolean reuse, boolean keep) throws Exception {
        this.dir = dir;
        this.keep = keep;
        if (!reuse) {
            deleteTree(dir);
        }
        source.setURL(serverDefaultUrl().replace("${vigil.data.dir}", dir.toAbsolutePath().toString()));
        source.setUser("vigil");
        source.setPassword("vigil");
        keepOpen = source.getConnection();
    }

    /** The URL the server opens by default ({@code vigil.db.url} in its configuration), options included. */
    static String serverDefaultUrl() throws java.io.IOException {
        var found = H2Database.class.getClassLoader().getResources("META-INF/microprofile-config.properties");
        while (found.hasMoreElements()) {
            java.util.Properties config = new java.util.Properties();
            try (var in = found.nextElement().openStream()) {
                config.load(in);
            }
            if (config.getProperty("vigil.db.url") != null) {
                return config.getProperty("vigil.db.url");
            }
        }
        throw new IllegalStateException("no vigil.db.url in a META-INF/microprofile-config.properties on the class path");
    }

    @Override
    String name() {
        return "H2";
    }

    @Override
    DataSource dataSource() {
        return source;
    }

    @Override
    String jdbcUrl() {
        return source.getURL();
    }

    @Override
    String user() {
        return "vigil";
    }

    @Override
    String password() {
        return "vigil";
    }

    @Override
    RowSink sink() throws Exception {
        return new H2BatchSink(source);
    }

    @Override
    List<String> schema() throws Exception {
        List<String> lines = new ArrayList<>();
        for (List<Object> r : query("SELECT 'column ' || TABLE_NAME || '.' || COLUMN_NAME || ' ' || DATA_TYPE || ' '"
                + " || COALESCE(CAST(CHARACTER_MAXIMUM_LENGTH AS VARCHAR), '') || ' ' || IS_NULLABLE || ' ' || COALESCE(COLUMN_DEFAULT, '')"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " UNION ALL SELECT 'constraint ' || TABLE_NAME || ' ' || CONSTRAINT_NAME || ' ' || CONSTRAINT_TYPE || ' ' || COALESCE(INDEX_NAME, '')"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " UNION ALL SELECT 'index ' || i.TABLE_NAME || ' ' || i.INDEX_NAME || ' ' || i.INDEX_TYPE_NAME || ' ' ||"
                + " (SELECT LISTAGG(c.COLUMN_NAME || ' ' || c.ORDERING_SPECIFICATION, ',') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)"
                + "  FROM INFORMATION_SCHEMA.INDEX_COLUMNS c WHERE c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME)"
                + " FROM INFORMATION_SCHEMA.INDEXES i WHERE i.TABLE_SCHEMA = 'PUBLIC'"
                + " ORDER BY 1")) {
            lines.add((String) r.get(0));
        }
        return lines;
    }

    /**
     * Drops, for the load, what would make it rewrite the file over and over: the named secondary indexes of
     * the loaded tables, and the foreign keys of the loaded tables whose own index does not grow at its end
     * (observation ids are written in the order of their filing hour, as a server makes them, so only the stay
     * of an observation arrives at random).
     * Foreign-key checks are off during the load. The statements returned put everything back in the order of
     * the migrations (foreign keys before the named indexes, so that H2 gives each foreign key its own index
     * again), under the original index names.
     */
    @Override
    List<String> dropForLoad() throws Exception {
        String loaded = "('" + String.join("','", LOADED.stream().map(String::toUpperCase).toList()) + "')";
        List<String> drops = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        List<String> script = new ArrayList<>();
        for (List<Object> r : query("SCRIPT NODATA")) {
            script.add((String) r.get(0));
        }
        for (List<Object> r : query("SELECT t.TABLE_NAME, t.CONSTRAINT_NAME, t.INDEX_NAME,"
                + " (SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k WHERE k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + "   AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME AND k.ORDINAL_POSITION = 1),"
                + " (SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS p JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                + "   ON k.CONSTRAINT_SCHEMA = p.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = p.CONSTRAINT_NAME"
                + "   WHERE p.TABLE_SCHEMA = t.TABLE_SCHEMA AND p.TABLE_NAME = t.TABLE_NAME AND p.CONSTRAINT_TYPE = 'PRIMARY KEY'"
                + "   AND k.ORDINAL_POSITION = 1)"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.CONSTRAINT_TYPE = 'FOREIGN KEY'"
                + " AND t.TABLE_NAME IN " + loaded + " ORDER BY t.CONSTRAINT_NAME")) {
            if (r.get(3).equals(r.get(4))) {
                continue; // its index starts like the primary key: it grows at its end during the load
            }
            String marker = "ADD CONSTRAINT \"PUBLIC\".\"" + r.get(1) + "\" FOREIGN KEY";
            String add = script.stream().filter(l -> l.contains(marker)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no DDL for " + r.get(1)));
            drops.add("ALTER TABLE \"" + r.get(0) + "\" DROP CONSTRAINT \"" + r.get(1) + "\"");
            foreign.add(add);
            foreign.add(RENAME + r.get(1) + "|" + r.get(2));
        }
        Map<String, String> creates = new LinkedHashMap<>();
        for (List<Object> r : query("SELECT i.INDEX_NAME, i.TABLE_NAME, (SELECT LISTAGG('\"' || c.COLUMN_NAME || '\" ' || c.ORDERING_SPECIFICATION, ', ')"
                + " WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS c"
                + " WHERE c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME)"
                + " FROM INFORMATION_SCHEMA.INDEXES i WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'INDEX'"
                + " AND i.TABLE_NAME IN " + loaded
                + " AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + "   WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.INDEX_NAME = i.INDEX_NAME)"
                + " ORDER BY i.INDEX_NAME")) {
            creates.put((String) r.get(0), "CREATE INDEX \"" + r.get(0) + "\" ON \"" + r.get(1) + "\" (" + r.get(2) + ")");
        }
        creates.keySet().forEach(name -> drops.add("DROP INDEX \"" + name + "\""));
        drops.add("SET REFERENTIAL_INTEGRITY FALSE");
        execute(drops.toArray(String[]::new));
        List<String> restore = new ArrayList<>(foreign);
        restore.addAll(creates.values());
        restore.add("SET REFERENTIAL_INTEGRITY TRUE");
        return restore;
    }

    private static final String RENAME = "-- rename the index of ";

    @Override
    void restore(List<String> statements) throws Exception {
        for (String sql : statements) {
            if (sql.startsWith(RENAME)) {
                String[] parts = sql.substring(RENAME.length()).split("\\|");
                String now = (String) query("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND CONSTRAINT_NAME = '" + parts[0] + "'").get(0).get(0);
                if (!now.equals(parts[1])) {
                    execute("ALTER INDEX \"" + now + "\" RENAME TO \"" + parts[1] + "\"");
                }
            } else {
                execute(sql);
            }
        }
        execute("ANALYZE");
        // A bulk load leaves the file full of superseded chunks that a long-running database would have
        // compacted away by now: compact it, as SHUTDOWN COMPACT does, and open it again.
        try (var s = keepOpen.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        keepOpen = source.getConnection();
    }

    @Override
    long bytesOnDisk() throws Exception {
        return sizeOf(dir);
    }

    @Override
    String explain(String sql, Object... params) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
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
        if (keepOpen != null) {
            try (var s = keepOpen.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (Exception e) {
                // already closed
            }
            keepOpen = null;
        }
        if (!keep) {
            deleteTree(dir);
        }
    }
}
