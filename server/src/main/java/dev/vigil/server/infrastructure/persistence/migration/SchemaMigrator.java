package dev.vigil.server.infrastructure.persistence.migration;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the latest version with the SQL migrations under {@code db/migration} and the
 * few written in Java (where stored rows must be encoded as the server encodes them).
 */
public final class SchemaMigrator {

    /** The migrations written in Java, by version. */
    public static final List<JavaMigration> JAVA_MIGRATIONS = List.of(new WindowFactsMigration());

    private SchemaMigrator() {
    }

    /** Migrates and returns the schema version now in force. */
    public static String migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(JAVA_MIGRATIONS.toArray(JavaMigration[]::new))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }
}
