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
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The audit trail in the relational store, written in the same transaction as what it records. Each
 * tenant's trail runs in {@link #LANES} lanes, each a chain of its own ({@link AuditChain}): an entry takes
 * the next place after the head of the first lane no other transaction holds, locks that head until the
 * transaction ends, and its seal covers the lane's previous one. One chain per tenant made every filing of
 * a chain of hotels wait for the commit (and the disk sync) of the one before; lanes let up to eight commit
 * together while each lane still breaks at any altered, removed or inserted entry. Checking reads each lane
 * a page at a time into a {@link ChainWalk}, which decides what holds.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    /** How many lanes a tenant's chain opens at startup. */
    static final int LANES = 8;
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
        link(entry, freeLane(entry.tenantId()));
        em.persist(entry);
    }

    /** Seals the entry into the lane after its head (which stays locked), and makes it the lane's new head. */
    private void link(AuditEntry entry, AuditChainHead head) {
        long seq = head.seq() + 1;
        String keyId = keys.currentId(entry.tenantId()).orElse(AuditChain.NO_KEY);
        String hash = AuditChain.seal(key(entry.tenantId(), keyId), seq, head.lastHash(), entry);
        entry.seal(head.lane(), seq, head.lastHash(), keyId, hash);
        head.advance(seq, hash);
    }

    /** Appends outside any caller's transaction: for what startup records. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendAlone(AuditEntry entry) {
        append(entry);
    }

    /**
     * Opens the tenant's lanes that are missing: done at startup for every configured tenant, so that its
     * first filings, arriving together, find them instead of racing to insert a head (the losers failed on
     * the key and were filed again, each leaving a stack trace in the log), and a trail from before lanes
     * gets the lanes beside its lane 0.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void openChain(String tenant) {
        for (int lane = 0; lane < LANES; lane++) {
            insertHead(tenant, lane);
        }
    }

    /**
     * The head of the first lane no other transaction holds, locked; when every lane is held, one of them,
     * waited for. A tenant whose lanes were never opened gets lane 0 here: of two transactions inserting it
     * together, the second fails on the key and its caller's work is retried, which then finds it.
     */
    private AuditChainHead freeLane(String tenant) {
        int lane = -1;
        // one lane per query: H2 locks every row a FOR UPDATE query reads, before it orders and limits them
        for (int candidate = 0; candidate < LANES && lane < 0; candidate++) {
            boolean taken = !em.createNativeQuery("SELECT lane FROM audit_chain_head WHERE tenant_id = ? AND lane = ?"
                    + RowLocks.SKIP_LOCKED).setParameter(1, tenant).setParameter(2, candidate).getResultList().isEmpty();
            lane = taken ? candidate : -1;
        }
        AuditChainHead head = lockedHead(tenant, lane >= 0 ? lane : ThreadLocalRandom.current().nextInt(LANES));
        return head != null ? head : lane0(tenant);
    }

    private AuditChainHead lockedHead(String tenant, int lane) {
        return em.find(AuditChainHead.class, new AuditChainHead.Key(tenant, lane), LockModeType.PESSIMISTIC_WRITE);
    }

    private void insertHead(String tenant, int lane) {
        em.createNativeQuery("INSERT INTO audit_chain_head (tenant_id, lane, seq, last_hash) SELECT ?, ?, 0, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM audit_chain_head WHERE tenant_id = ? AND lane = ?)")
                .setParameter(1, tenant).setParameter(2, lane).setParameter(3, AuditChain.GENESIS)
                .setParameter(4, tenant).setParameter(5, lane).executeUpdate();
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
        TreeSet<Integer> lanes = new TreeSet<>(em.createQuery("SELECT DISTINCT a.lane FROM AuditEntry a WHERE a.tenantId = :t",
                Integer.class).setParameter("t", tenant).getResultList());
        lanes.addAll(em.createQuery("SELECT h.lane FROM AuditChainHead h WHERE h.tenantId = :t", Integer.class)
                .setParameter("t", tenant).getResultList());
        long holding = 0;
        for (int lane : lanes) {
            ChainVerdict v = verifyLane(tenant, lane);
            if (!v.intact()) {
                return ChainVerdict.broken(tenant, holding + v.entries(), v.brokenAt(), v.brokenEntryId(),
                        lane == 0 ? v.reason() : v.reason() + " (lane " + lane + ")");
            }
            holding += v.entries();
        }
        Long unsealed = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.tenantId = :t AND a.seq IS NULL", Long.class)
                .setParameter("t", tenant).getSingleResult();
        return unsealed > 0
                ? ChainVerdict.broken(tenant, holding, null, null, "unsealed: " + unsealed + " entries are outside the chain")
                : ChainVerdict.intact(tenant, holding);
    }

    private ChainVerdict verifyLane(String tenant, int lane) {
        ChainWalk walk = new ChainWalk(tenant, keys);
        List<AuditEntry> page;
        do {
            page = em.createQuery("SELECT a FROM AuditEntry a WHERE a.tenantId = :t AND a.lane = :lane AND a.seq >= :from"
                            + " ORDER BY a.seq", AuditEntry.class)
                    .setParameter("t", tenant).setParameter("lane", lane).setParameter("from", walk.nextPlace())
                    .setMaxResults(PAGE).getResultList();
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
        AuditChainHead head = em.find(AuditChainHead.class, new AuditChainHead.Key(tenant, lane));
        return walk.end(head == null ? null : head.seq(), head == null ? null : head.lastHash(), 0);
    }

    /**
     * Seals the entries written before the chain existed, oldest first, so that they are covered from now
     * on; returns how many. Runs at startup, before anything else audits.
     */
    @Transactional
    public int sealUnchained() {
        List<AuditEntry> loose = em.createQuery("SELECT a FROM AuditEntry a WHERE a.seq IS NULL ORDER BY a.atUtc, a.id",
                AuditEntry.class).getResultList();
        loose.forEach(e -> link(e, lane0(e.tenantId())));
        return loose.size();
    }

    /** Lane 0 of the tenant's chain, locked, opened if new: where the entries from before the chain go. */
    private AuditChainHead lane0(String tenant) {
        AuditChainHead head = lockedHead(tenant, 0);
        if (head == null) {
            insertHead(tenant, 0);
            head = lockedHead(tenant, 0);
        }
        return head;
    }
}
