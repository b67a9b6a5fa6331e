package dev.vigil.server.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether startup finished: schema migrated, packs validated, keys and users in place. */
@ApplicationScoped
public class Readiness {

    private volatile boolean ready;
    private volatile String schemaVersion = "";
    private volatile String packVersion = "";

    public void ready(String schemaVersion, String packVersion) {
        this.schemaVersion = schemaVersion;
        this.packVersion = packVersion;
        this.ready = true;
    }

    public boolean isReady() {
        return ready;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public String packVersion() {
        return packVersion;
    }
}
