package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.application.shared.ObservationArchive;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Stored observations of a period as facts, for simulating a rule pack. */
@ApplicationScoped
public class JpaObservationArchive implements ObservationArchive {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<ObservationFact> facts(TenantId tenant, PropertyId property, Instant from, Instant to, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.observed_at, o.reporter_id, o.reporter_role, o.room, o.area"
                        + " FROM observation o WHERE o.tenant_id = ? AND o.property_id = ? AND o.observed_at BETWEEN ? AND ?"
                        + " ORDER BY o.observed_at, o.id")
                .setParameter(1, tenant.value()).setParameter(2, property.value())
                .setParameter(3, JpaObservationHistory.ts(from)).setParameter(4, JpaObservationHistory.ts(to))
                .setMaxResults(max + 1)
                .getResultList();
        return facts(em, rows);
    }

    /**
     * Facts for rows of (id, observed_at, reporter_id, reporter_role, room, area), in their order,
     * with codes and keys read in batches rather than per observation.
     */
    @SuppressWarnings("unchecked")
    private static List<ObservationFact> facts(EntityManager em, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put((String) r[0], r));
        Map<String, List<IndicatorCode>> codes = new HashMap<>();
        Map<String, Set<SubjectKey>> keys = new HashMap<>();
        for (List<String> part : chunks(new ArrayList<>(byId.keySet()))) {
            List<String> chunk = JpaObservationHistory.padded(part);
            String in = JpaObservationHistory.placeholders(chunk.size());
            var codeQuery = em.createNativeQuery("SELECT observation_id, code FROM observation_indicator WHERE observation_id IN "
                    + in + " ORDER BY observation_id, ordinal");
            var keyQuery = em.createNativeQuery("SELECT observation_id, key_type, key_value FROM observation_key WHERE observation_id IN " + in);
            for (int i = 0; i < chunk.size(); i++) {
                codeQuery.setParameter(i + 1, chunk.get(i));
                keyQuery.setParameter(i + 1, chunk.get(i));
            }
            for (Object[] r : (List<Object[]>) codeQuery.getResultList()) {
                codes.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new IndicatorCode((String) r[1]));
            }
            for (Object[] r : (List<Object[]>) keyQuery.getResultList()) {
                keys.computeIfAbsent((String) r[0], k -> new TreeSet<>())
                        .add(new SubjectKey(SubjectType.valueOf((String) r[1]), (String) r[2]));
            }
        }
        List<ObservationFact> facts = new ArrayList<>(rows.size());
        for (Object[] r : byId.values()) {
            String id = (String) r[0];
            facts.add(new ObservationFact(id, JpaObservationHistory.instant(r[1]), (String) r[2], StaffRole.valueOf((String) r[3]),
                    codes.getOrDefault(id, List.of()), keys.getOrDefault(id, Set.of()), (String) r[4], (String) r[5]));
        }
        return facts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Set<String> flaggedNotes(TenantId tenant, PropertyId property, Instant from, Instant to) {
        List<String> ids = em.createNativeQuery("SELECT o.id FROM observation o WHERE o.tenant_id = ? AND o.property_id = ?"
                        + " AND o.observed_at BETWEEN ? AND ? AND o.note_flagged = TRUE")
                .setParameter(1, tenant.value()).setParameter(2, property.value())
                .setParameter(3, JpaObservationHistory.ts(from)).setParameter(4, JpaObservationHistory.ts(to))
                .getResultList();
        return new java.util.HashSet<>(ids);
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 512) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 512)));
        }
        return chunks;
    }
}
