package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.compliance.ComplianceRecords;
import dev.vigil.server.domain.model.compliance.NoticeCheck;
import dev.vigil.server.domain.model.compliance.OperatorRegistration;
import dev.vigil.server.domain.model.compliance.TrainingRecord;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** A property's compliance evidence in the relational store. */
@ApplicationScoped
public class JpaComplianceRecords implements ComplianceRecords {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaComplianceRecords() {
        // for CDI
    }

    public JpaComplianceRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(TrainingRecord record) {
        em.persist(record);
    }

    @Override
    public List<TrainingRecord> training(TenantId tenant, PropertyId property) {
        return em.createQuery("SELECT t FROM TrainingRecord t WHERE t.tenantId = :tenant AND t.propertyId = :property"
                        + " ORDER BY t.recordedAt, t.id", TrainingRecord.class)
                .setParameter("tenant", tenant.value()).setParameter("property", property.value()).getResultList();
    }

    @Override
    public void store(NoticeCheck check) {
        em.persist(check);
    }

    @Override
    public List<NoticeCheck> noticeChecks(TenantId tenant, PropertyId property) {
        return em.createQuery("SELECT n FROM NoticeCheck n WHERE n.tenantId = :tenant AND n.propertyId = :property"
                        + " ORDER BY n.checkedAt, n.id", NoticeCheck.class)
                .setParameter("tenant", tenant.value()).setParameter("property", property.value()).getResultList();
    }

    @Override
    public Optional<OperatorRegistration> registration(TenantId tenant, PropertyId property) {
        return Optional.ofNullable(em.find(OperatorRegistration.class, property.value()))
                .filter(r -> r.tenant().equals(tenant));
    }

    @Override
    public void store(OperatorRegistration registration) {
        if (!em.contains(registration)) {
            em.persist(registration);
        }
    }
}
