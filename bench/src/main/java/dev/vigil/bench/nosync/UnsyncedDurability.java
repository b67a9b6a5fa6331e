package dev.vigil.bench.nosync;

import dev.vigil.server.infrastructure.persistence.durability.DatabaseDurability;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.logging.Logger;

/**
 * For the durability benchmark only: answers writes without waiting for the disk. It exists in no build of Vigil;
 * the benchmark adds it to a copy of the WAR ({@code bench/target/nosync}), where it replaces {@link DatabaseDurability}:
 * H2 keeps its default write delay and no sync is awaited, and PostgreSQL's settings are not checked (the benchmark
 * runs that server with {@code synchronous_commit = off}). What this costs is what the production build pays for
 * "an answer means on disk" (ADR 0013).
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class UnsyncedDurability extends DatabaseDurability {

    private static final Logger LOG = Logger.getLogger(UnsyncedDurability.class.getName());

    @Override
    public void prepare() {
        LOG.warning("BENCHMARK BUILD: writes are answered before they are on disk (durability off). Never use with real data.");
    }

    @Override
    public void awaitDurable() {
        // nothing to wait for: that is the point of this build
    }
}
