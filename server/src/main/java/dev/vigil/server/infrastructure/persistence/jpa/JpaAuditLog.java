package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.audit.AuditChain;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditKeys;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.audit.ChainVerdict;
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
 * whose row it locks until the transaction ends, and its seal covers the previous one.
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
        AuditChainHead head = head(entry.tenantId());
        long seq = head.seq() + 1;
        String keyId = keys.currentId(entry.tenantId()).orElse(AuditChain.NO_KEY);
        String hash = AuditChain.seal(key(entry.tenantId(), keyId), seq, head.lastHash(), entry);
        entry.seal(seq, head.lastHash(), keyId, hash);
        em.persist(entry);
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
        long expected = 1;
        String previous = AuditChain.GENESIS;
        String lastId = null;
        while (true) {
            List<AuditEntry> page = em.createQuery("SELECT a FROM AuditEntry a WHERE a.tenantId = :t AND a.seq >= :from"
                            + " ORDER BY a.seq", AuditEntry.class)
                    .setParameter("t", tenant).setParameter("from", expected).setMaxResults(PAGE).getResultList();
            for (AuditEntry e : page) {
                if (e.seq() != expected) {
                    return ChainVerdict.broken(tenant, expected - 1, expected, e.id(), "missing: entry " + expected
                            + " is not there (the next one is " + e.seq() + ")");
                }
                if (!AuditChain.same(e.prevHash(), previous)) {
                    return ChainVerdict.broken(tenant, expected - 1, expected, e.id(), "out of order: it does not follow entry " + (expected - 1));
                }
                Optional<byte[]> key = AuditChain.NO_KEY.equals(e.keyId()) ? Optional.of(new byte[0]) : keys.key(tenant, e.keyId());
                if (key.isEmpty() || !AuditChain.same(e.entryHash(), AuditChain.seal(AuditChain.NO_KEY.equals(e.keyId()) ? null
                        : key.get(), expected, previous, e))) {
                    return ChainVerdict.broken(tenant, expected - 1, expected, e.id(), "altered: its seal does not match what it says");
                }
                previous = e.entryHash();
                lastId = e.id();
                expected++;
            }
            if (page.size() < PAGE) {
                break;
            }
            em.clear();
        }
        AuditChainHead head = em.find(AuditChainHead.class, tenant);
        long count = expected - 1;
        if (head != null && (head.seq() != count || !AuditChain.same(head.lastHash(), previous))) {
            return ChainVerdict.broken(tenant, count, count + 1, lastId, "cut short: the chain's head is entry " + head.seq()
                    + " but the entries end at " + count);
        }
        Long unsealed = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.tenantId = :t AND a.seq IS NULL", Long.class)
                .setParameter("t", tenant).getSingleResult();
        if (unsealed > 0) {
            return ChainVerdict.broken(tenant, count, null, null, "unsealed: " + unsealed + " entries are outside the chain");
        }
        return ChainVerdict.intact(tenant, count);
    }

    /**
     * Seals the entries written before the chain existed, oldest first, so that they are covered from now
     * on; returns how many. Runs at startup, before anything else audits.
     */
    @Transactional
    public int sealUnchained() {
        List<AuditEntry> loose = em.createQuery("SELECT a FROM AuditEntry a WHERE a.seq IS NULL ORDER BY a.atUtc, a.id",
                AuditEntry.class).getResultList();
        for (AuditEntry entry : loose) {
            AuditChainHead head = head(entry.tenantId());
            long seq = head.seq() + 1;
            String keyId = keys.currentId(entry.tenantId()).orElse(AuditChain.NO_KEY);
            String hash = AuditChain.seal(key(entry.tenantId(), keyId), seq, head.lastHash(), entry);
            entry.seal(seq, head.lastHash(), keyId, hash);
            head.advance(seq, hash);
        }
        return loose.size();
    }
}
