package dev.vigil.server.application.monitoring;

/** Outbound port: what this server runs, so operators can compare the servers of a cluster. */
public interface RunningServer {

    /** The schema version the database was migrated to at startup; empty before. */
    String schemaVersion();

    /** The indicator pack's version. */
    String packVersion();

    /** The rule pack's version. */
    String rulesVersion();
}
