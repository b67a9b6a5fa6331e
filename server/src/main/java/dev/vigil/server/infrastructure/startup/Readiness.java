package dev.vigil.server.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether startup finished: schema migrated, packs validated, keys and users in place. */
@ApplicationScoped
public class Readiness implements dev.vigil.server.application.monitoring.RunningServer {

    private volatile boolean ready;
    private volatile String schemaVersion = "";
    private volatile String packVersion = "";
    private volatile String rulesVersion = "";

    private volatile java.time.Instant readySince;

    public void ready(String schemaVersion, String packVersion, String rulesVersion) {
        this.schemaVersion = schemaVersion;
        this.packVersion = packVersion;
        this.rulesVersion = rulesVersion;
        this.readySince = java.time.Instant.now();
        this.ready = true;
    }

    /** True once startup finished at least {@code settle} ago: background work waits for the deployment to finish. */
    public boolean settled(java.time.Duration settle) {
        java.time.Instant since = readySince;
        return ready && since != null && java.time.Instant.now().isAfter(since.plus(settle));
    }

    /** When startup finished, if it has. */
    public java.util.Optional<java.time.Instant> readySince() {
        return java.util.Optional.ofNullable(readySince);
    }

    @Override
    public String rulesVersion() {
        return rulesVersion;
    }

    public boolean isReady() {
        return ready;
    }

    @Override
    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public String packVersion() {
        return packVersion;
    }
}
