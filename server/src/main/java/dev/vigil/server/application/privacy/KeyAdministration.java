package dev.vigil.server.application.privacy;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Administrators rotate their tenant's keys: a new token key (subject tokens and request fingerprints),
 * note key or audit key becomes the one that makes new values, and the older ones stay to read and to
 * match what they made. Each rotation is audited in its own transaction with the new key.
 */
@ApplicationScoped
public class KeyAdministration {

    static final Set<String> FAMILIES = Set.of("token", "note", "audit");

    @Inject KeyRotation keys;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Transactional
    public List<KeyRotation.KeyInfo> list(Caller caller) {
        requireAdmin(caller);
        return keys.keys(caller.tenant());
    }

    @Transactional
    public KeyRotation.KeyInfo rotate(Caller caller, String family) {
        requireAdmin(caller);
        if (family == null || !FAMILIES.contains(family)) {
            throw new InvalidRequestException("family", "token, note or audit");
        }
        String id = keys.rotate(caller.tenant(), family, caller.name());
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), null, caller.name(), "KEY_ROTATED",
                "key", id));
        return keys.keys(caller.tenant()).stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(AppRole.ADMIN)) {
            throw new ForbiddenException("only administrators rotate keys");
        }
    }
}
