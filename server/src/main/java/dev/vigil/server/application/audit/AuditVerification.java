package dev.vigil.server.application.audit;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.audit.ChainVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Checks the administrator's tenant's audit chain (or the server's own, {@code chain=server}, which holds
 * the failed sign-ins of user names that exist nowhere), and records that it was checked and what was found.
 */
@ApplicationScoped
public class AuditVerification {

    /** The chain of events that belong to no tenant. */
    public static final String SERVER_CHAIN = "*";

    @Inject AuditLog audit;
    @Inject Clock clock;

    @Transactional
    public ChainVerdict verify(Caller caller, String chain) {
        if (!caller.has(AppRole.ADMIN)) {
            throw new ForbiddenException("only administrators check the audit trail");
        }
        String which;
        if (chain == null || chain.isBlank() || "tenant".equals(chain)) {
            which = caller.tenant().value();
        } else if ("server".equals(chain)) {
            which = SERVER_CHAIN;
        } else {
            throw new InvalidRequestException("chain", "tenant (the default) or server");
        }
        ChainVerdict verdict = audit.verify(which);
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), null, caller.name(),
                verdict.intact() ? "AUDIT_VERIFIED" : "AUDIT_BROKEN_FOUND", "audit-chain",
                verdict.intact() ? which : verdict.brokenEntryId()));
        return verdict;
    }
}
