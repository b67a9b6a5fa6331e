package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.casefile.SubjectMarking;
import dev.vigil.server.domain.model.casefile.SubjectMarkings;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Security's markings in the relational store. */
@ApplicationScoped
public class JpaSubjectMarkings implements SubjectMarkings {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaSubjectMarkings() {
        // for CDI
    }

    public JpaSubjectMarkings(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(SubjectMarking marking) {
        if (!em.contains(marking)) {
            em.persist(marking);
        }
    }

    @Override
    public Optional<SubjectMarking> find(TenantId tenant, String id) {
        return Optional.ofNullable(em.find(SubjectMarking.class, id)).filter(m -> m.tenantId().equals(tenant.value()));
    }

    @Override
    public List<SubjectMarking> active(TenantId tenant) {
        return em.createQuery("SELECT m FROM SubjectMarking m WHERE m.tenantId = :t AND m.liftedAt IS NULL"
                        + " ORDER BY m.createdAt DESC", SubjectMarking.class)
                .setParameter("t", tenant.value()).getResultList();
    }
}
