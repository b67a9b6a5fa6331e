package dev.vigil.server.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The tenants' wrapped keys in the {@code tenant_key} table. */
@ApplicationScoped
public class JpaTenantKeyStore implements TenantKeyStore {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Override
    @Transactional
    public List<StoredKey> load(String tenant) {
        List<?> rows = em.createNativeQuery("SELECT key_id, family, wrapped, wrapped_by, created_at, created_by "
                + "FROM tenant_key WHERE tenant_id = ?").setParameter(1, tenant).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new StoredKey(tenant, (String) r[0],
                KeyFamily.valueOf((String) r[1]), (String) r[2], (String) r[3], ((LocalDateTime) r[4]).toInstant(ZoneOffset.UTC), (String) r[5])).toList();
    }

    @Override
    @Transactional
    public boolean insert(StoredKey key) {
        try {
            em.createNativeQuery("INSERT INTO tenant_key (tenant_id, key_id, family, wrapped, wrapped_by, created_at, created_by) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, key.tenant()).setParameter(2, key.id()).setParameter(3, key.family().name())
                    .setParameter(4, key.wrapped()).setParameter(5, key.wrappedBy())
                    .setParameter(6, LocalDateTime.ofInstant(key.createdAt(), ZoneOffset.UTC)).setParameter(7, key.createdBy())
                    .executeUpdate();
            return true;
        } catch (PersistenceException raced) {
            return false;
        }
    }

    @Override
    @Transactional
    public void rewrap(String tenant, String id, String wrapped, String wrappedBy) {
        em.createNativeQuery("UPDATE tenant_key SET wrapped = ?, wrapped_by = ? WHERE tenant_id = ? AND key_id = ?")
                .setParameter(1, wrapped).setParameter(2, wrappedBy).setParameter(3, tenant).setParameter(4, id).executeUpdate();
    }

    @Override
    @Transactional
    public boolean holdsUnkeyedData(String tenant) {
        return !em.createNativeQuery("SELECT 1 FROM observation WHERE tenant_id = ? UNION ALL "
                        + "SELECT 1 FROM subject_marker WHERE tenant_id = ? UNION ALL "
                        + "SELECT 1 FROM idempotency_record WHERE scope LIKE ?")
                .setParameter(1, tenant).setParameter(2, tenant).setParameter(3, tenant + "/%")
                .setMaxResults(1).getResultList().isEmpty();
    }
}
