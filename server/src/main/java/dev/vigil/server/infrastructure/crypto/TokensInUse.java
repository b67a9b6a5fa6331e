package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.List;
import java.util.Set;

/** Which of a few tokens are already stored for a tenant: in observations' keys or in markings. */
public interface TokensInUse {

    /** Nothing is stored anywhere: for tests and for keyrings with one key. */
    TokensInUse NONE = (tenant, keyType, tokens) -> Set.of();

    Set<String> of(TenantId tenant, String keyType, List<String> tokens);
}
