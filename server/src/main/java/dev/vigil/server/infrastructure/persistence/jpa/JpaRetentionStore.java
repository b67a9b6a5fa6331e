package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.application.retention.RetentionStore;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Retention's deletes in plain SQL, child tables first; the same statements run on H2 and
 * PostgreSQL. Each batch claims its rows with {@code FOR UPDATE SKIP LOCKED}, so a purge that an
 * administrator starts while another runs takes other rows instead of waiting for, deleting or
 * counting the same ones. The persistence unit keeps no shared entity cache, so no server serves a
 * deleted row.
 */
@ApplicationScoped
public class JpaRetentionStore implements RetentionStore {

    private static final List<String> CASE_CHILDREN = List.of("case_subject", "case_observation", "case_match", "case_event",
            "case_action", "notification");
    private static final List<String> OBSERVATION_CHILDREN = List.of("observation_indicator", "observation_subject",
            "observation_key", "observation_stay_key", "observation_pms_link", "idempotency_record");

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaRetentionStore() {
        // for CDI
    }

    public JpaRetentionStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public int purgeClosedCases(TenantId tenant, PropertyId property, Instant before, int max) {
        List<String> roots = ids("SELECT id FROM case_file WHERE tenant_id = ?3 AND property_id = ?1"
                + " AND status IN ('CLOSED', 'DISMISSED') AND merged_into IS NULL AND updated_at < ?2 ORDER BY updated_at, id",
                property, before, max, tenant);
        if (roots.isEmpty()) {
            return 0;
        }
        // cases merged into these go with them, and so on down the chain
        Set<String> all = new LinkedHashSet<>(roots);
        List<String> frontier = roots;
        while (!frontier.isEmpty()) {
            List<String> merged = new ArrayList<>();
            for (List<String> part : chunks(frontier)) {
                merged.addAll(idsIn("SELECT id FROM case_file WHERE merged_into IN ", part));
            }
            merged.removeAll(all);
            all.addAll(merged);
            frontier = merged;
        }
        return deleteWithChildren(List.copyOf(all), "case_file", "case_id", CASE_CHILDREN);
    }

    @Override
    public int purgeObservationsOutsideCases(TenantId tenant, PropertyId property, Instant before, int max) {
        List<String> ids = ids("SELECT o.id FROM observation o WHERE o.tenant_id = ?3 AND o.property_id = ?1 AND o.observed_at < ?2"
                + " AND NOT EXISTS (SELECT 1 FROM case_observation co WHERE co.observation_id = o.id) ORDER BY o.observed_at, o.id",
                property, before, max, tenant);
        return deleteWithChildren(ids, "observation", "observation_id", OBSERVATION_CHILDREN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public int purgeIdempotency(TenantId tenant, Instant before, int max) {
        var query = em.createNativeQuery("SELECT scope, idem_key FROM idempotency_record WHERE created_at < ?"
                + (tenant == null ? "" : " AND scope LIKE ?") + " ORDER BY created_at, scope, idem_key" + RowLocks.skipLocked(max))
                .setParameter(1, JpaObservationHistory.ts(before));
        if (tenant != null) {
            query.setParameter(2, tenant.value() + "/%");
        }
        int deleted = 0;
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            deleted += em.createNativeQuery("DELETE FROM idempotency_record WHERE scope = ? AND idem_key = ?")
                    .setParameter(1, row[0]).setParameter(2, row[1]).executeUpdate();
        }
        return deleted;
    }

    @Override
    public int purgeStays(PropertyId property, Instant before, int max) {
        List<String> ids = ids("SELECT s.id FROM stay s WHERE s.property_id = ?1 AND s.last_seen_at < ?2"
                + " AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.stay_id = s.id) ORDER BY s.last_seen_at, s.id",
                property, before, max);
        return deleteWithChildren(ids, "stay", null, List.of());
    }

    /** Deletes the rows and, first, the rows of the child tables that point at them by {@code childColumn}. */
    private int deleteWithChildren(List<String> ids, String table, String childColumn, List<String> children) {
        int deleted = 0;
        for (List<String> part : chunks(ids)) {
            for (String child : children) {
                delete("DELETE FROM " + child + " WHERE " + childColumn + " IN ", part);
            }
            // what this server deleted, not what it meant to: another server's purge may have been first
            deleted += delete("DELETE FROM " + table + " WHERE id IN ", part);
        }
        return deleted;
    }

    private List<String> ids(String sql, PropertyId property, Instant before, int max) {
        return ids(sql, property, before, max, null);
    }

    /** Candidates by property and cut-off, and by tenant where the table has one (so the tenant-led indexes serve). */
    @SuppressWarnings("unchecked")
    private List<String> ids(String sql, PropertyId property, Instant before, int max, TenantId tenant) {
        var q = em.createNativeQuery(sql + RowLocks.skipLocked(max)) // rows another purge holds are left to it
                .setParameter(1, property.value())
                .setParameter(2, LocalDateTime.ofInstant(before, ZoneOffset.UTC));
        if (tenant != null) {
            q.setParameter(3, tenant.value());
        }
        return q.getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<String> idsIn(String sqlPrefix, List<String> ids) {
        var q = em.createNativeQuery(sqlPrefix + placeholders(ids.size()));
        bind(q, ids);
        return q.getResultList();
    }

    private int delete(String sqlPrefix, List<String> ids) {
        var q = em.createNativeQuery(sqlPrefix + placeholders(ids.size()));
        bind(q, ids);
        return q.executeUpdate();
    }

    private static void bind(jakarta.persistence.Query q, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            q.setParameter(i + 1, ids.get(i));
        }
    }

    private static String placeholders(int n) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 1; i <= n; i++) {
            sb.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        return sb.append(')').toString();
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 100) {
            parts.add(ids.subList(i, Math.min(ids.size(), i + 100)));
        }
        return parts;
    }
}
