package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservationRepository;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/** Observations in the relational store. */
@ApplicationScoped
public class JpaObservationRepository implements ObservationRepository {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaObservationRepository() {
        // for CDI
    }

    /** For plain Java tests with a resource-local entity manager. */
    public JpaObservationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Observation observation) {
        em.persist(observation);
        // the keys reference the observation by a plain column: write it first
        em.flush();
        insertKeyRows(observation, observation.subjectKeys());
    }

    @Override
    public void keysLinked(Observation observation, Set<SubjectKey> added) {
        if (added.isEmpty()) {
            return;
        }
        em.flush();
        // every key row carries all the observation's keys (see FactText): the older rows learn the new ones too
        em.createNativeQuery("UPDATE observation_key SET subject_keys = ? WHERE observation_id = ?")
                .setParameter(1, FactText.keys(observation.subjectKeys()))
                .setParameter(2, observation.id().value())
                .executeUpdate();
        insertKeyRows(observation, added);
    }

    /** One key row per key, each carrying what the engine reads of the observation (see FactText). */
    private void insertKeyRows(Observation observation, Set<SubjectKey> keys) {
        LocalDateTime observedAt = LocalDateTime.ofInstant(observation.observedAt().toInstant(), ZoneOffset.UTC);
        String codes = FactText.codes(observation.indicators());
        String keyText = FactText.keys(observation.subjectKeys());
        for (SubjectKey key : keys) {
            em.createNativeQuery("INSERT INTO observation_key (observation_id, key_type, key_value, tenant_id, property_id,"
                            + " observed_at, reporter_id, reporter_role, room, area, codes, subject_keys)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, observation.id().value())
                    .setParameter(2, key.type().name())
                    .setParameter(3, key.value())
                    .setParameter(4, observation.tenant().value())
                    .setParameter(5, observation.property().value())
                    .setParameter(6, observedAt)
                    .setParameter(7, observation.reporter().staffId())
                    .setParameter(8, observation.reporter().role().name())
                    .setParameter(9, observation.location().room().orElse(null))
                    .setParameter(10, observation.location().area().orElse(null))
                    .setParameter(11, codes)
                    .setParameter(12, keyText)
                    .executeUpdate();
        }
    }

    @Override
    public Optional<Observation> find(TenantId tenant, ObservationId id) {
        return Optional.ofNullable(em.find(Observation.class, id.value()))
                .filter(o -> o.tenant().equals(tenant));
    }
}
