package dev.vigil.server.application.retention;

import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Deletes what each property's protocol lets go: closed cases after the cases period, observations
 * that belong to no case after the observation period, and stay context (the guest-transaction
 * records Vigil holds) only after the guest-record floor, and only once no observation needs it.
 * A period the protocol leaves open keeps its kind. Cases go first, so that their observations and
 * stays can follow in the same run when their own periods have passed.
 */
@ApplicationScoped
public class RetentionPurge {

    static final int BATCH = 500;
    public static final String SYSTEM = "vigil-retention";

    private RetentionBatches batches;
    private PropertyDirectory properties;
    private ProtocolSource protocols;
    private Clock clock;

    protected RetentionPurge() {
        // for CDI
    }

    @Inject
    public RetentionPurge(RetentionBatches batches, PropertyDirectory properties, ProtocolSource protocols, Clock clock) {
        this.batches = batches;
        this.properties = properties;
        this.protocols = protocols;
        this.clock = clock;
    }

    /** The scheduled run: every property of every tenant. */
    public RetentionReport runScheduled() {
        return run(properties.all(), SYSTEM, null);
    }

    /** An administrator's run: the properties of their tenant. */
    public RetentionReport runFor(Caller caller) {
        if (!caller.has(AppRole.ADMIN)) {
            throw new ForbiddenException("only administrators run the retention purge");
        }
        return run(properties.all().stream().filter(p -> p.tenant().equals(caller.tenant())).toList(), caller.name(),
                caller.tenant());
    }

    private RetentionReport run(List<Property> scope, String actor, dev.vigil.server.domain.model.tenant.TenantId tenant) {
        Instant now = clock.instant();
        List<RetentionReport.PropertyPurge> done = new ArrayList<>();
        for (Property p : scope) {
            ProtocolPack protocol = protocols.forProperty(p.id());
            Instant casesBefore = before(now, protocol.casesDays());
            Instant observationsBefore = before(now, protocol.observationsWithoutCaseDays());
            Instant staysBefore = before(now, protocol.guestRecordFloorDays());
            int cases = casesBefore == null ? 0 : drain(() -> batches.cases(p, casesBefore, BATCH));
            int observations = observationsBefore == null ? 0
                    : drain(() -> batches.observations(p, observationsBefore, BATCH));
            int stays = staysBefore == null ? 0 : drain(() -> batches.stays(p, staysBefore, BATCH));
            audit(p, actor, "cases", cases, now);
            audit(p, actor, "observations", observations, now);
            audit(p, actor, "stays", stays, now);
            done.add(new RetentionReport.PropertyPurge(p.id().value(), protocol.id() + "@" + protocol.version(), cases, casesBefore,
                    observations, observationsBefore, stays, staysBefore));
        }
        // a retry older than every property's observation window is refused anyway: its answer need not be kept
        Duration longestWindow = scope.stream().map(p -> protocols.forProperty(p.id()).observationWindow())
                .max(Duration::compareTo).orElse(Duration.ofDays(90));
        Instant keysBefore = now.minus(longestWindow).minus(Duration.ofDays(1));
        int keys = drain(() -> batches.idempotency(tenant, keysBefore, BATCH));
        return new RetentionReport(now, done, keys, keysBefore);
    }

    private void audit(Property p, String actor, String kind, int count, Instant at) {
        if (count > 0) {
            batches.audit(p, actor, kind, count, at);
        }
    }

    private static Instant before(Instant now, Integer days) {
        return days == null ? null : now.minus(Duration.ofDays(days));
    }

    private static int drain(IntSupplier batch) {
        int total = 0;
        for (int n = batch.getAsInt(); n > 0; n = batch.getAsInt()) {
            total += n;
        }
        return total;
    }
}
