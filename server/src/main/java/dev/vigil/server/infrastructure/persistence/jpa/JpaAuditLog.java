package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.audit.AuditChain;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditKeys;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.audit.ChainVerdict;
import dev.vigil.server.domain.model.audit.ChainWalk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail in the relational store, written in the same transaction as what it records, each
 * tenant's entries one chain ({@link AuditChain}): an entry takes the next place after its chain's head,
 * whose row it locks until the transaction ends, and its seal covers the previous one. Checking a chain
 * reads it a page at a time into a {@link ChainWalk}, which decides what holds.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Inject AuditKeys keys;

    protected JpaAuditLog() {
        // for CDI
    }

    /** An audit log sealing with plain SHA-256, for tests outside the container. */
    public JpaAuditLog(EntityManager em) {
        this(em, AuditKeys.NONE);
    }

    public JpaAuditLog(EntityManager em, AuditKeys keys) {
        this.em = em;
        this.keys = keys;
    }

    @Override
    public void append(AuditEntry entry) {
        link(entry);
        em.persist(entry);
    }

    /** Seals the entry into its tenant's chain, after the head (which stays locked), and makes it the new head. */
    private void link(AuditEntry entry) {
        AuditChainHead head = head(entry.tenantId());
        long seq = head.seq() + 1;
        String keyId = keys.currentId(entry.tenantId()).orElse(AuditChain.NO_KEY);
        String hash = AuditChain.seal(key(entry.tenantId(), keyId), seq, head.lastHash(), entry);
        entry.seal(seq, head.lastHash(), keyId, hash);
        head.advance(seq, hash);
    }

    /** Appends outside any caller's transaction: for what startup records. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendAlone(AuditEntry entry) {
        append(entry);
    }

    /** The chain's head, locked; created (outside this transaction, so that racing creators both succeed) if new. */
    private AuditChainHead head(String tenant) {
        AuditChainHead head = em.find(AuditChainHead.class, tenant, LockModeType.PESSIMISTIC_WRITE);
        if (head != null) {
            return head;
        }
        em.createNativeQuery("INSERT INTO audit_chain_head (tenant_id, seq, last_hash) SELECT ?, 0, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM audit_chain_head WHERE tenant_id = ?)")
                .setParameter(1, tenant).setParameter(2, AuditChain.GENESIS).setParameter(3, tenant).executeUpdate();
        return em.find(AuditChainHead.class, tenant, LockModeType.PESSIMISTIC_WRITE);
    }

    private byte[] key(String tenant, String keyId) {
        return AuditChain.NO_KEY.equals(keyId) ? null : keys.key(tenant, keyId).orElseThrow(() ->
                new IllegalStateException("audit key " + keyId + " of tenant " + tenant + " is unknown"));
    }

    @Override
    public List<AuditEntry> about(String targetType, String targetId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.targetType = :t AND a.targetId = :id"
                        + " ORDER BY a.atUtc", AuditEntry.class)
                .setParameter("t", targetType)
                .setParameter("id", targetId)
                .getResultList();
    }

    @Override
    public ChainVerdict verify(String tenant) {
        ChainWalk walk = new ChainWalk(tenant, keys);
        List<AuditEntry> page;
        do {
            page = em.createQuery("SELECT a FROM AuditEntry a WHERE a.tenantId = :t AND a.seq >= :from ORDER BY a.seq",
                            AuditEntry.class)
                    .setParameter("t", tenant).setParameter("from", walk.nextPlace()).setMaxResults(PAGE).getResultList();
            for (AuditEntry e : page) {
                Optional<ChainVerdict> broken = walk.take(e);
                if (broken.isPresent()) {
                    return broken.get();
                }
            }
            if (page.size() == PAGE) {
                em.clear();
            }
        } while (page.size() == PAGE);
        AuditChainHead head = em.find(AuditChainHead.class, tenant);
        Long unsealed = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.tenantId = :t AND a.seq IS NULL", Long.class)
                .setParameter("t", tenant).getSingleResult();
        return walk.end(head == null ? null : head.seq(), head == null ? null : head.lastHash(), unsealed);
    }

    /**
     * Seals the entries written before the chain existed, oldest first, so that they are covered from now
     * on; returns how many. Runs at startup, before anything else audits.
     */
    @Transactional
    public int sealUnchained() {
        List<AuditEntry> loose = em.createQuery("SELECT a FROM AuditEntry a WHERE a.seq IS NULL ORDER BY a.atUtc, a.id",
                AuditEntry.class).getResultList();
        loose.forEach(this::link);
        return loose.size();
    }
}
