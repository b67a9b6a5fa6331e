package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Looks the candidates up through the key indexes of {@code observation_key} and {@code subject_marker}. */
@ApplicationScoped
public class JpaTokensInUse implements TokensInUse {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Override
    public Set<String> of(TenantId tenant, String keyType, List<String> tokens) {
        Set<String> found = new HashSet<>();
        for (String table : new String[] {"observation_key", "subject_marker"}) {
            query(table, tenant, keyType, tokens).forEach(r -> found.add(r.toString()));
        }
        return found;
    }

    private List<?> query(String table, TenantId tenant, String keyType, List<String> tokens) {
        var query = em.createNativeQuery("SELECT DISTINCT key_value FROM " + table
                + " WHERE tenant_id = ? AND key_type = ? AND key_value IN (" + "?,".repeat(tokens.size() - 1) + "?)")
                .setParameter(1, tenant.value()).setParameter(2, keyType);
        for (int i = 0; i < tokens.size(); i++) {
            query.setParameter(3 + i, tokens.get(i));
        }
        return query.getResultList();
    }
}
