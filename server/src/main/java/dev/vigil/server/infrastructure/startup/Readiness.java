package dev.vigil.server.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether startup finished: schema migrated, packs validated, keys and users in place. */
@ApplicationScoped
public class Readiness {

    private volatile boolean ready;
    private volatile String schemaVersion = "";
    private volatile String packVersion = "";
    private volatile String rulesVersion = "";

    public void ready(String schemaVersion, String packVersion, String rulesVersion) {
        this.schemaVersion = schemaVersion;
        this.packVersion = packVersion;
        this.rulesVersion = rulesVersion;
        this.ready = true;
    }

    public String rulesVersion() {
        return rulesVersion;
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
