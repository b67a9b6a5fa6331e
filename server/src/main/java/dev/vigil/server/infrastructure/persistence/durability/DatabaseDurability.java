package dev.vigil.server.infrastructure.persistence.durability;

import dev.vigil.server.application.shared.DurableCommits;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes a commit mean "on disk" on both databases Vigil runs on.
 *
 * <p>H2 keeps committed changes in memory for up to its write delay (500 ms by default) before it
 * writes them, and never forces them to the device: a SIGKILL loses the last half second of
 * acknowledged filings, a power cut more. So the embedded database runs with {@code WRITE_DELAY 0}
 * (each commit is written as it happens) and an answer that reports a write waits for
 * {@code CHECKPOINT SYNC} (an fsync), shared by every answer waiting at that moment.
 *
 * <p>PostgreSQL syncs its write-ahead log at commit unless it was told not to; Vigil refuses to start
 * on a server or role where {@code fsync} or {@code synchronous_commit} is off.
 */
@ApplicationScoped
public class DatabaseDurability implements DurableCommits {

    private static final Logger LOG = Logger.getLogger(DatabaseDurability.class.getName());

    @Resource(lookup = "java:app/jdbc/vigil")
    DataSource dataSource;

    private volatile GroupSync embedded;

    protected DatabaseDurability() {
        // for CDI
    }

    /** For tests outside the container. */
    public DatabaseDurability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Checks and sets what durable commits need; throws, naming the setting, when the database will not give it. */
    public void prepare() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                s.execute("SET WRITE_DELAY 0");
                embedded = new GroupSync(this::syncEmbedded);
            } else if (product.contains("postgres")) {
                require(s, "fsync", "on");
                requireNot(s, "synchronous_commit", "off");
            } else {
                LOG.warning(() -> "unknown database '" + product + "': Vigil cannot confirm that its commits are durable");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the database's durability settings: " + e.getMessage(), e);
        }
    }

    @Override
    public void awaitDurable() {
        GroupSync sync = embedded;
        if (sync == null) {
            return; // PostgreSQL: the commit itself waited for the log to reach the disk
        }
        try {
            sync.await();
        } catch (Exception e) {
            throw new NotDurableException("the embedded database could not sync its file: " + e.getMessage(), e);
        }
    }

    private void syncEmbedded() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    private static void require(Statement s, String setting, String value) throws SQLException {
        String actual = show(s, setting);
        if (!value.equalsIgnoreCase(actual)) {
            throw new IllegalStateException("PostgreSQL has " + setting + " = " + actual + "; Vigil acknowledges a filing "
                    + "only once it is on disk and needs " + setting + " = " + value);
        }
    }

    private static void requireNot(Statement s, String setting, String value) throws SQLException {
        String actual = show(s, setting);
        if (value.equalsIgnoreCase(actual)) {
            throw new IllegalStateException("PostgreSQL has " + setting + " = " + actual + " for Vigil's connections; "
                    + "Vigil acknowledges a filing only once it is on disk: set it to on (ALTER ROLE ... SET " + setting + " = on)");
        }
    }

    private static String show(Statement s, String setting) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
