package dev.vigil.server.testing;

import dev.vigil.server.application.shared.JobLeases;
import dev.vigil.server.infrastructure.persistence.jpa.JpaJobLeases;
import dev.vigil.server.testing.TestDatabases.Database;
import java.time.Instant;

/**
 * The job leases of one server of a cluster, as the container runs them: each take in a transaction of its own on the
 * shared database. Several of these over one database play several servers.
 */
public record DatabaseLeases(Database db, String holder) implements JobLeases {

    @Override
    public boolean tryTake(String job, Instant now, Instant until) {
        return db.committed(em -> new JpaJobLeases(em).tryTake(job, now, until));
    }

    @Override
    public void exclusive(String job) {
        throw new UnsupportedOperationException("a row lock lasts for the caller's transaction, which this has not");
    }
}
