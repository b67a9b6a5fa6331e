package dev.vigil.server.domain.model.casefile;

import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Repository of cases. */
public interface CaseRepository {

    void store(CaseFile caseFile);

    Optional<CaseFile> find(TenantId tenant, CaseId id);

    /**
     * Active cases of a property ({@link CaseStatus#active()}) that hold any of the keys and changed at
     * or after {@code since}, oldest first: a link older than the pack's link retention joins nothing (R14).
     */
    List<CaseFile> findActiveWithAny(TenantId tenant, PropertyId property, Collection<SubjectKey> keys, java.time.Instant since);

    /**
     * The case of the property most recently dismissed or closed (not merged) that holds any of the keys
     * and changed at or after {@code since}: the case new evidence about those keys follows.
     */
    Optional<CaseFile> findLatestEndedWithAny(TenantId tenant, PropertyId property, Collection<SubjectKey> keys,
                                              java.time.Instant since);

    /** A page of the queue: highest severity first, then most recently changed. */
    CasePage queue(CaseQuery query);
}
