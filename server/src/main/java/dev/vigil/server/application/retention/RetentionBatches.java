package dev.vigil.server.application.retention;

import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.tenant.Property;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** One short transaction per batch, so a large purge never holds locks for long nor fails as a whole. */
@ApplicationScoped
public class RetentionBatches {

    private RetentionStore store;
    private AuditLog audit;

    protected RetentionBatches() {
        // for CDI
    }

    @Inject
    public RetentionBatches(RetentionStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public int cases(Property property, Instant before, int max) {
        return store.purgeClosedCases(property.tenant(), property.id(), before, max);
    }

    @Transactional
    public int observations(Property property, Instant before, int max) {
        return store.purgeObservationsOutsideCases(property.tenant(), property.id(), before, max);
    }

    @Transactional
    public int idempotency(dev.vigil.server.domain.model.tenant.TenantId tenant, Instant before, int max) {
        return store.purgeIdempotency(tenant, before, max);
    }

    @Transactional
    public int stays(Property property, Instant before, int max) {
        return store.purgeStays(property.id(), before, max);
    }

    /** The audit trail records what kind went and how many; never which or what they said. */
    @Transactional
    public void audit(Property property, String actor, String kind, int count, Instant at) {
        audit.append(new AuditEntry(at, property.tenant().value(), property.id().value(), actor, "RETENTION_PURGE", kind,
                String.valueOf(count)));
    }
}
