package dev.vigil.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.infrastructure.persistence.migration.SchemaMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two real databases the persistence tests run on, migrated once per test run: the embedded
 * H2 and a PostgreSQL server started on loopback from binaries that Maven brings.
 */
public final class TestDatabases {

    public static final String LATEST_SCHEMA = "61";

    private static Database h2;
    private static Database pg;
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** One migrated database and an entity manager factory over it. */
    public record Database(String name, DataSource dataSource, EntityManagerFactory emf) {
        @Override
        public String toString() {
            return name;
        }

        public void inTransaction(Consumer<EntityManager> work) {
            committed(em -> {
                work.accept(em);
                return null;
            });
        }

        /** What {@code work} returns, run in a transaction of its own and committed (rolled back if it throws). */
        public <T> T committed(java.util.function.Function<EntityManager, T> work) {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }

        public <T> T read(java.util.function.Function<EntityManager, T> work) {
            EntityManager em = emf.createEntityManager();
            try {
                return work.apply(em);
            } finally {
                em.close();
            }
        }
    }

    /** A new database of each kind with nothing in it, not even a schema: for tests of the migrations. */
    public record Blank(String name, DataSource dataSource, String url, String user, String password) {
        @Override
        public String toString() {
            return name;
        }

        /** Migrates it to the latest version and opens the persistence unit over it. */
        public Database migrated() {
            return open(name, dataSource, url, user, password);
        }
    }

    public static synchronized Stream<Blank> blank() {
        both();
        JdbcDataSource h2Blank = new JdbcDataSource();
        h2Blank.setURL("jdbc:h2:mem:blank-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2Blank.setUser("sa");
        String pgName = "blank_" + UUID.randomUUID().toString().replace("-", "");
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + pgName);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return Stream.of(new Blank("H2", h2Blank, h2Blank.getURL(), "sa", ""),
                new Blank("PostgreSQL", postgres.getDatabase("postgres", pgName), postgres.getJdbcUrl("postgres", pgName),
                        "postgres", "postgres"));
    }

    public static synchronized Stream<Database> both() {
        if (h2 == null) {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL("jdbc:h2:mem:persistence-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            source.setUser("sa");
            h2 = open("H2", source, source.getURL(), "sa", "");
        }
        if (pg == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pg = open("PostgreSQL", postgres.getPostgresDatabase(), postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres", "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is going away
                }
            }));
        }
        return Stream.of(h2, pg);
    }

    private static Database open(String name, DataSource source, String url, String user, String password) {
        assertThat(SchemaMigrator.migrate(source)).isEqualTo(LATEST_SCHEMA);
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("vigil", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "eclipselink.logging.level", "WARNING"));
        return new Database(name, source, emf);
    }
}
