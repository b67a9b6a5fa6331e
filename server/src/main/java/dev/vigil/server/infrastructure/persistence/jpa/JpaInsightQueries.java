package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.application.insight.InsightQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Adapter: the property view's counts and times in plain SQL that H2 and PostgreSQL both run. */
@ApplicationScoped
public class JpaInsightQueries implements InsightQueries {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Override
    public List<PlaceCount> observations(String tenant, String property, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("SELECT room, CASE WHEN room IS NULL THEN area END, COUNT(*) FROM observation"
                        + " WHERE tenant_id = ?1 AND property_id = ?2 AND observed_at >= ?3 AND observed_at < ?4"
                        + " AND (room IS NOT NULL OR area IS NOT NULL)"
                        + " GROUP BY room, CASE WHEN room IS NULL THEN area END")
                .setParameter(1, tenant).setParameter(2, property).setParameter(3, utc(from)).setParameter(4, utc(to))
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new PlaceCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    @Override
    public List<OpenCase> openCases(String tenant, String property, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("SELECT c.id, c.severity, s.room FROM case_file c"
                        + " LEFT JOIN case_subject k ON k.case_id = c.id AND k.key_type = 'ROOM_STAY'"
                        + " LEFT JOIN stay s ON s.id = k.key_value"
                        + " WHERE c.tenant_id = ?1 AND c.property_id = ?2 AND c.merged_into IS NULL"
                        + " AND c.status NOT IN ('CLOSED', 'DISMISSED') AND c.created_at < ?4 AND c.updated_at >= ?3")
                .setParameter(1, tenant).setParameter(2, property).setParameter(3, utc(from)).setParameter(4, utc(to))
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new OpenCase((String) r[0], (String) r[1], (String) r[2])).distinct().toList();
    }

    @Override
    public List<CaseTiming> timings(String tenant, String property, Instant since) {
        List<?> rows = em.createNativeQuery("SELECT c.id, c.severity, c.created_at,"
                        + " (SELECT MIN(a.acknowledged_at) FROM case_action a WHERE a.case_id = c.id),"
                        + " (SELECT MIN(e.occurred_at) FROM case_event e WHERE e.case_id = c.id AND e.kind = 'DECISION')"
                        + " FROM case_file c WHERE c.tenant_id = ?1 AND c.property_id = ?2 AND c.merged_into IS NULL"
                        + " AND c.created_at >= ?3")
                .setParameter(1, tenant).setParameter(2, property).setParameter(3, utc(since))
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new CaseTiming((String) r[0], (String) r[1], instant(r[2]), instant(r[3]), instant(r[4]))).toList();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
