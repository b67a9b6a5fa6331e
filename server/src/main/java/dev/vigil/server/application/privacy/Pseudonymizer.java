package dev.vigil.server.application.privacy;

import dev.vigil.plugin.subject.SubjectTokenizer;
import dev.vigil.server.domain.model.tenant.TenantId;

/** Outbound port for keyed hashing under a tenant's key: subject tokens and request fingerprints. */
public interface Pseudonymizer {

    /** The tokenizer of one tenant; tokens of different tenants never match. */
    SubjectTokenizer tokenizerFor(TenantId tenant);

    /** A keyed fingerprint of a request body: comparable, but never reversible to the identifiers in it. */
    String fingerprint(TenantId tenant, String canonicalBody);

    /** True when the stored fingerprint (made under whichever of the tenant's keys it names) is this body's. */
    boolean sameRequest(TenantId tenant, String canonicalBody, String storedFingerprint);
}
