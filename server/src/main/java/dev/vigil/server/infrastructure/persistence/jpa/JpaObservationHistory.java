package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.ObservationHistory;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's view of stored observations for one tenant, read through the index on
 * (tenant, key type, key value, observed at): a question costs what its window holds, not what the
 * history holds. Markers are those of one property and the tenant-wide ones: a property's security
 * decides for its own property only. Lives for one filing or one simulation; markers are read once.
 */
public final class JpaObservationHistory implements ObservationHistory {

    private final EntityManager em;
    private final TenantId tenant;
    private final String property;
    private final Map<SubjectKey, Set<Marker>> markers = new HashMap<>();

    /** The history as a filing at {@code property} sees it: that property's markers and the tenant's. */
    public JpaObservationHistory(EntityManager em, TenantId tenant, PropertyId property) {
        this.em = em;
        this.tenant = tenant;
        this.property = property == null ? null : property.value();
    }

    /** The history with the tenant-wide markers only. */
    public JpaObservationHistory(EntityManager em, TenantId tenant) {
        this(em, tenant, null);
    }

    /** Which markers apply: the tenant-wide ones and, for a property, its own; as SQL with its parameter. */
    private String markerScope() {
        return property == null ? " AND property_id IS NULL" : " AND (property_id IS NULL OR property_id = ?)";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ObservationFact> withKey(SubjectKey key, Instant from, Instant to) {
        // one range of the key index holds the whole window: each key row carries the observation's facts (FactText)
        List<Object[]> rows = em.createNativeQuery("SELECT observation_id, observed_at, reporter_id, reporter_role, room, area,"
                        + " codes, subject_keys FROM observation_key"
                        + " WHERE tenant_id = ? AND key_type = ? AND key_value = ? AND observed_at BETWEEN ? AND ?"
                        + " ORDER BY observed_at, observation_id")
                .setParameter(1, tenant.value()).setParameter(2, key.type().name()).setParameter(3, key.value())
                .setParameter(4, ts(from)).setParameter(5, ts(to))
                .getResultList();
        List<ObservationFact> facts = rows.stream().map(JpaObservationHistory::fact).toList();
        prefetchMarkers(facts);
        return facts;
    }

    /** A fact from a row of (id, observed_at, reporter_id, reporter_role, room, area, codes, subject_keys). */
    static ObservationFact fact(Object[] row) {
        return new ObservationFact((String) row[0], instant(row[1]), (String) row[2], StaffRole.valueOf((String) row[3]),
                FactText.codes((String) row[6]), FactText.keys((String) row[7]), (String) row[4], (String) row[5]);
    }

    /** The engine asks for the markers of every key its facts carry: one query for all of them, not one each. */
    @SuppressWarnings("unchecked")
    private void prefetchMarkers(List<ObservationFact> facts) {
        List<SubjectKey> unknown = facts.stream().flatMap(f -> f.keys().stream()).distinct()
                .filter(k -> !markers.containsKey(k)).toList();
        for (int i = 0; i < unknown.size(); i += 500) {
            List<SubjectKey> chunk = unknown.subList(i, Math.min(unknown.size(), i + 500));
            chunk.forEach(k -> markers.put(k, new java.util.HashSet<>()));
            List<String> types = padded(chunk.stream().map(k -> k.type().name()).distinct().sorted().toList());
            List<String> values = padded(chunk.stream().map(SubjectKey::value).toList());
            var query = em.createNativeQuery("SELECT key_type, key_value, marker FROM subject_marker WHERE tenant_id = ?"
                    + markerScope() + " AND lifted_at IS NULL AND key_type IN " + placeholders(types.size())
                    + " AND key_value IN " + placeholders(values.size()));
            query.setParameter(1, tenant.value());
            int first = 2;
            if (property != null) {
                query.setParameter(first++, property);
            }
            for (int p = 0; p < types.size(); p++) {
                query.setParameter(p + first, types.get(p));
            }
            for (int p = 0; p < values.size(); p++) {
                query.setParameter(p + first + types.size(), values.get(p));
            }
            for (Object[] r : (List<Object[]>) query.getResultList()) {
                Set<Marker> found = markers.get(new SubjectKey(SubjectType.valueOf((String) r[0]), (String) r[1]));
                if (found != null) {
                    found.add(Marker.valueOf((String) r[2]));
                }
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<SubjectKey> linkedTo(SubjectKey key, Instant from, Instant to) {
        List<String> rows = em.createNativeQuery("SELECT subject_keys FROM observation_key"
                        + " WHERE tenant_id = ? AND key_type = ? AND key_value = ? AND observed_at BETWEEN ? AND ?")
                .setParameter(1, tenant.value()).setParameter(2, key.type().name()).setParameter(3, key.value())
                .setParameter(4, ts(from)).setParameter(5, ts(to))
                .getResultList();
        Set<SubjectKey> together = new TreeSet<>();
        rows.forEach(text -> together.addAll(FactText.keys(text)));
        Set<SubjectKey> linked = new TreeSet<>();
        for (SubjectKey other : together) {
            if (!other.equals(key) && other.type().links() && !markers(other).contains(Marker.EXCLUDED)) {
                linked.add(other);
            }
        }
        return linked;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Marker> markers(SubjectKey key) {
        return markers.computeIfAbsent(key, k -> {
            var query = em.createNativeQuery("SELECT marker FROM subject_marker WHERE tenant_id = ? AND key_type = ?"
                            + " AND key_value = ? AND lifted_at IS NULL" + markerScope())
                    .setParameter(1, tenant.value()).setParameter(2, k.type().name()).setParameter(3, k.value());
            if (property != null) {
                query.setParameter(4, property);
            }
            List<String> rows = query.getResultList();
            Set<Marker> found = new java.util.HashSet<>();
            rows.forEach(m -> found.add(Marker.valueOf(m)));
            return found;
        });
    }

    /**
     * The list grown to the next power of two by repeating its last value: the statement's text then takes one
     * of a few shapes, so the database plans each shape once instead of every list length anew.
     */
    static List<String> padded(List<String> values) {
        int size = Integer.highestOneBit(Math.max(1, values.size() - 1)) << 1;
        if (values.size() <= 1 || size == values.size()) {
            return values;
        }
        List<String> out = new ArrayList<>(size);
        out.addAll(values);
        while (out.size() < size) {
            out.add(values.get(values.size() - 1));
        }
        return out;
    }

    private static String placeholders(int n) {
        return "(" + String.join(",", java.util.Collections.nCopies(n, "?")) + ")";
    }

    /** A query parameter for a UTC time column: a date-time, bound as it is (UtcDateTimes), never via the JVM's zone. */
    static LocalDateTime ts(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            // only where a driver hands back its own type: the platforms read date-times as they are
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time type " + value);
    }
}
