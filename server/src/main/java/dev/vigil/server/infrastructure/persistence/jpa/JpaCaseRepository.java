package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.CaseId;
import dev.vigil.server.domain.model.casefile.CasePage;
import dev.vigil.server.domain.model.casefile.CaseQuery;
import dev.vigil.server.domain.model.casefile.CaseRepository;
import dev.vigil.server.domain.model.casefile.CaseStatus;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cases in the relational store; the queue is one indexed query with keyset paging. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaCaseRepository() {
        // for CDI
    }

    public JpaCaseRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(CaseFile caseFile) {
        if (!em.contains(caseFile)) {
            em.persist(caseFile);
        }
    }

    @Override
    public Optional<CaseFile> find(TenantId tenant, CaseId id) {
        return Optional.ofNullable(em.find(CaseFile.class, id.value())).filter(c -> c.tenant().equals(tenant));
    }

    @Override
    public List<CaseFile> findActiveWithAny(TenantId tenant, PropertyId property, Collection<SubjectKey> keys, Instant since) {
        return withAny(tenant, property, keys, since, "c.status NOT IN ('CLOSED', 'DISMISSED')",
                "c.created_at, c.id", Integer.MAX_VALUE);
    }

    @Override
    public Optional<CaseFile> findLatestEndedWithAny(TenantId tenant, PropertyId property, Collection<SubjectKey> keys,
                                                     Instant since) {
        return withAny(tenant, property, keys, since, "c.status IN ('CLOSED', 'DISMISSED') AND c.merged_into IS NULL",
                "c.updated_at DESC, c.id DESC", 1).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<CaseFile> withAny(TenantId tenant, PropertyId property, Collection<SubjectKey> keys, Instant since,
                                   String statusClause, String order, int max) {
        if (keys.isEmpty()) {
            return List.of();
        }
        // driven from the keys (the case_subject_by_key index), not from the property's cases: a filing's cost must not
        // grow with the number of cases a property has had
        StringBuilder sql = new StringBuilder("SELECT c.id, c.created_at, c.updated_at FROM case_file c WHERE c.id IN (");
        List<Object> params = new ArrayList<>();
        int i = 0;
        for (SubjectKey key : keys) {
            sql.append(i++ == 0 ? "" : " UNION ").append("SELECT s.case_id FROM case_subject s WHERE s.key_type = ? AND s.key_value = ?");
            params.add(key.type().name());
            params.add(key.value());
        }
        sql.append(") AND c.tenant_id = ? AND c.property_id = ? AND ").append(statusClause).append(" AND c.updated_at >= ?");
        params.addAll(List.of(tenant.value(), property.value(), JpaObservationHistory.ts(since)));
        sql.append(" ORDER BY ").append(order);
        Query q = em.createNativeQuery(sql.toString());
        if (max < Integer.MAX_VALUE) {
            q.setMaxResults(max);
        }
        for (int p = 0; p < params.size(); p++) {
            q.setParameter(p + 1, params.get(p));
        }
        List<CaseFile> found = new ArrayList<>();
        for (Object[] row : (List<Object[]>) q.getResultList()) {
            found.add(em.find(CaseFile.class, row[0]));
        }
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CasePage queue(CaseQuery query) {
        StringBuilder sql = new StringBuilder("SELECT c.id, c.severity_rank, c.updated_at FROM case_file c WHERE c.tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(query.tenant().value()));
        if (!query.properties().isEmpty()) {
            sql.append(" AND c.property_id IN (").append(placeholders(query.properties().size())).append(')');
            query.properties().stream().map(PropertyId::value).sorted().forEach(params::add);
        }
        if (query.statuses().isEmpty()) {
            // the default queue: what is still to be worked on; merged cases live on in the case that took them in
            sql.append(" AND c.status <> 'CLOSED' AND c.merged_into IS NULL");
        } else {
            sql.append(" AND c.status IN (").append(placeholders(query.statuses().size())).append(')');
            query.statuses().stream().map(CaseStatus::name).sorted().forEach(params::add);
        }
        if (query.minSeverity() != null) {
            sql.append(" AND c.severity_rank >= ?");
            params.add(query.minSeverity().rank());
        }
        if (query.room() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM case_subject s JOIN stay st ON st.id = s.key_value"
                    + " WHERE s.case_id = c.id AND s.key_type = 'ROOM_STAY' AND st.room = ?)");
            params.add(query.room());
        }
        String scope = scopeOf(query);
        Cursor after = Cursor.decode(query.cursor(), scope);
        if (after != null) {
            sql.append(" AND (c.severity_rank < ? OR (c.severity_rank = ? AND (c.updated_at < ?"
                    + " OR (c.updated_at = ? AND c.id < ?))))");
            params.addAll(List.of(after.rank, after.rank, after.updatedAt, after.updatedAt, after.id));
        }
        sql.append(" ORDER BY c.severity_rank DESC, c.updated_at DESC, c.id DESC");
        Query q = em.createNativeQuery(sql.toString()).setMaxResults(query.limit() + 1);
        for (int p = 0; p < params.size(); p++) {
            q.setParameter(p + 1, params.get(p));
        }
        List<Object[]> rows = q.getResultList();
        boolean more = rows.size() > query.limit();
        List<Object[]> page = more ? rows.subList(0, query.limit()) : rows;
        Map<String, CaseFile> cases = new LinkedHashMap<>();
        for (Object[] row : page) {
            cases.put((String) row[0], em.find(CaseFile.class, row[0]));
        }
        String next = null;
        if (more) {
            Object[] last = page.get(page.size() - 1);
            next = new Cursor(scope, ((Number) last[1]).intValue(), JpaObservationHistory.ts(JpaObservationHistory.instant(last[2])),
                    (String) last[0]).encode();
        }
        List<CaseFile> ordered = new ArrayList<>(cases.values());
        ordered.sort(Comparator.comparing((CaseFile c) -> c.severity().rank()).reversed()
                .thenComparing(CaseFile::updatedAt, Comparator.reverseOrder())
                .thenComparing(c -> c.id().value(), Comparator.reverseOrder()));
        return new CasePage(ordered, next);
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** Whose list a cursor belongs to: the tenant and the properties it covers. */
    private static String scopeOf(CaseQuery query) {
        return query.tenant().value() + ":" + query.properties().stream().map(PropertyId::value).sorted()
                .collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * Where the last page ended, and whose list it was: opaque to clients. A cursor of another tenant's or
     * another property's list is not found ({@link java.util.NoSuchElementException}); one that is not a
     * cursor at all is refused ({@link IllegalArgumentException}).
     */
    private record Cursor(String scope, int rank, java.time.LocalDateTime updatedAt, String id) {
        String encode() {
            String text = scope + "|" + rank + "|" + updatedAt + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor, String scope) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            Cursor decoded;
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                decoded = new Cursor(parts[0], Integer.parseInt(parts[1]), java.time.LocalDateTime.parse(parts[2]),
                        java.util.UUID.fromString(parts[3]).toString());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a cursor of this list", e);
            }
            if (!decoded.scope().equals(scope)) {
                throw new java.util.NoSuchElementException("a cursor of another list");
            }
            return decoded;
        }
    }

}
