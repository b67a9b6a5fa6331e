package dev.vigil.server.infrastructure.persistence.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** What a commit means on each database Vigil runs on, checked before the first filing is answered. */
class DatabaseDurabilityTest {

    private static Database db(String name) {
        return TestDatabases.both().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void onTheEmbeddedDatabase_commitsAreWrittenAtOnce_andAnswersWaitForASync() throws Exception {
        Database h2 = db("H2");
        DatabaseDurability durability = new DatabaseDurability(h2.dataSource());
        durability.prepare();
        try (Connection c = h2.dataSource().getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("0");
        }
        durability.awaitDurable(); // a CHECKPOINT SYNC that the database accepts
    }

    @Test
    void aPostgreSqlThatDoesNotSyncItsCommits_isRefused_namingTheSetting() {
        // the test server runs with fsync off for speed: exactly what production must never do
        DatabaseDurability durability = new DatabaseDurability(db("PostgreSQL").dataSource());
        assertThatThrownBy(durability::prepare).hasMessageContaining("fsync = off").hasMessageContaining("fsync = on");
    }
}
