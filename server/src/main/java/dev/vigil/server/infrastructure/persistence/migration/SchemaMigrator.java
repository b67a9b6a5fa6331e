package dev.vigil.server.infrastructure.persistence.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema to the latest version with the migrations under {@code db/migration}. */
public final class SchemaMigrator {

    private SchemaMigrator() {
    }

    /** Migrates and returns the schema version now in force. */
    public static String migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }
}
