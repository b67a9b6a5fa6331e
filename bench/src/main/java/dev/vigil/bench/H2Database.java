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

    H2Database(Path dir) throws Exception {
        this.dir = dir;
        deleteTree(dir);
        // the server's default: jdbc:h2:file:${vigil.data.dir}/vigil;DB_CLOSE_ON_EXIT=FALSE
        source.setURL("jdbc:h2:file:" + dir.toAbsolutePath() + "/vigil;DB_CLOSE_ON_EXIT=FALSE");
        source.setUser("vigil");
        source.setPassword("vigil");
        keepOpen = source.getConnection();
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
     * Drops the named secondary indexes of the loaded tables (those of the migrations; primary keys and the
     * indexes behind constraints stay) and switches foreign-key checks off for the load.
     */
    @Override
    List<String> dropForLoad() throws Exception {
        String loaded = "('" + String.join("','", LOADED.stream().map(String::toUpperCase).toList()) + "')";
        Map<String, String> creates = new LinkedHashMap<>();
        for (List<Object> r : query("SELECT i.INDEX_NAME, i.TABLE_NAME, (SELECT LISTAGG('\"' || c.COLUMN_NAME || '\" ' || c.ORDERING_SPECIFICATION, ', ')"
                + " WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS c"
                + " WHERE c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME)"
                + " FROM INFORMATION_SCHEMA.INDEXES i WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'INDEX'"
                + " AND i.TABLE_NAME IN " + loaded
                + " AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + "   WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.INDEX_NAME = i.INDEX_NAME)"
                + " AND i.INDEX_NAME NOT LIKE 'CONSTRAINT_INDEX%'"
                + " ORDER BY i.INDEX_NAME")) {
            creates.put((String) r.get(0), "CREATE INDEX \"" + r.get(0) + "\" ON \"" + r.get(1) + "\" (" + r.get(2) + ")");
        }
        List<String> drops = new ArrayList<>();
        creates.keySet().forEach(name -> drops.add("DROP INDEX \"" + name + "\""));
        drops.add("SET REFERENTIAL_INTEGRITY FALSE");
        execute(drops.toArray(String[]::new));
        List<String> restore = new ArrayList<>(creates.values());
        restore.add("SET REFERENTIAL_INTEGRITY TRUE");
        return restore;
    }

    @Override
    void restore(List<String> statements) throws Exception {
        for (String sql : statements) {
            execute(sql);
        }
        execute("ANALYZE");
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
        deleteTree(dir);
    }
}
