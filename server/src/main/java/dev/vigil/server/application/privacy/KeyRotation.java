package dev.vigil.server.application.privacy;

import dev.vigil.server.domain.model.tenant.TenantId;
import java.time.Instant;
import java.util.List;

/** Outbound port to a tenant's keys: which exist (never their material), and a new one for a family. */
public interface KeyRotation {

    /** A key as administrators see it. */
    record KeyInfo(String id, String family, Instant createdAt, boolean current) {
    }

    List<KeyInfo> keys(TenantId tenant);

    /** Makes a new key of the family ({@code token}, {@code note} or {@code audit}) the current one; returns its id. */
    String rotate(TenantId tenant, String family, String actor);
}
