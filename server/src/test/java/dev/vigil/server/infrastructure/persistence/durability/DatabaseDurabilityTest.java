package dev.vigil.server.infrastructure.persistence.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a commit means on each database Vigil runs on, checked before the first filing is answered. */
class DatabaseDurabilityTest {

    private static Database db(String name) {
        return TestDatabases.both().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @TempDir
    Path dir;

    /**
     * What a SIGKILL leaves is the file as it is: a copy of the open file is read as the next start would read it. The
     * database gets a write delay of a minute, so that only the sync can have written the rows before the copy.
     */
    @Test
    void onTheEmbeddedDatabase_aWriteIsInTheFileOnceAwaitDurableReturns_andNotBefore() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("live") + ";WRITE_DELAY=60000");
        h2.setUser("sa");
        try (Connection c = h2.getConnection()) {
            c.createStatement().execute("CREATE TABLE filing (id INT PRIMARY KEY)");
            DatabaseDurability durability = new DatabaseDurability(h2);
            durability.prepare();

            c.createStatement().execute("INSERT INTO filing VALUES (1)"); // committed, not yet written
            durability.awaitDurable();
            c.createStatement().execute("INSERT INTO filing VALUES (2)"); // committed, not answered

            assertThat(idsInACopyOfTheFile("first")).containsExactly(1);
            durability.awaitDurable();
            assertThat(idsInACopyOfTheFile("second")).containsExactly(1, 2);
        }
    }

    private List<Integer> idsInACopyOfTheFile(String name) throws Exception {
        Files.copy(dir.resolve("live.mv.db"), dir.resolve(name + ".mv.db"));
        JdbcDataSource copy = new JdbcDataSource();
        copy.setURL("jdbc:h2:file:" + dir.resolve(name));
        copy.setUser("sa");
        List<Integer> ids = new ArrayList<>();
        try (Connection c = copy.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT id FROM filing ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    @Test
    void aPostgreSqlThatDoesNotSyncItsCommits_isRefused_namingTheSetting() {
        // the test server runs with fsync off for speed: exactly what production must never do
        DatabaseDurability durability = new DatabaseDurability(db("PostgreSQL").dataSource());
        assertThatThrownBy(durability::prepare).hasMessageContaining("fsync = off").hasMessageContaining("fsync = on");
    }
}
