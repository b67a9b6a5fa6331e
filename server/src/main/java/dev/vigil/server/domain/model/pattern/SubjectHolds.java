package dev.vigil.server.domain.model.pattern;

import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.Collection;

/**
 * Outbound port that makes filings about the same subjects take turns. Two filings at one moment about
 * different rooms that share a payer, a phone or a vehicle would each evaluate without seeing the other
 * and open two cases, missing the pattern across rooms; holding each subject key first, in one global
 * order, lets the second see the first's observation and case. Held until the transaction ends.
 */
public interface SubjectHolds {

    /** Holds nothing: for tools that replay history alone. */
    SubjectHolds NONE = (tenant, keys) -> { };

    /** Waits until this transaction holds every key; always in the same order, so two filings never deadlock. */
    void hold(TenantId tenant, Collection<SubjectKey> keys);
}
