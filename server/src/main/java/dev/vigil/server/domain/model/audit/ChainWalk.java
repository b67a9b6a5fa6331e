package dev.vigil.server.domain.model.audit;

import java.util.Optional;

/**
 * Checks one chain entry by entry, in order of place, the way {@link AuditChain} links them: each entry
 * takes the next place, follows the seal before it, and carries a seal its own key reproduces. Whoever
 * reads the entries (a page at a time) hands them over; the walk alone decides what holds.
 */
public final class ChainWalk {

    private final String chain;
    private final AuditKeys keys;
    private long expected = 1;
    private String previous = AuditChain.GENESIS;
    private String lastId;

    public ChainWalk(String chain, AuditKeys keys) {
        this.chain = chain;
        this.keys = keys;
    }

    /** The place of the entry the walk expects next. */
    public long nextPlace() {
        return expected;
    }

    /** Takes the next entry of the chain; a verdict when it breaks the chain, empty while all holds. */
    public Optional<ChainVerdict> take(AuditEntry e) {
        long holding = expected - 1;
        if (e.seq() == null || e.seq() != expected) {
            return broken(holding, e, "missing: entry " + expected + " is not there (the next one is " + e.seq() + ")");
        }
        if (!AuditChain.same(e.prevHash(), previous)) {
            return broken(holding, e, "out of order: it does not follow entry " + holding);
        }
        if (!expectedSeal(e).map(seal -> AuditChain.same(e.entryHash(), seal)).orElse(false)) {
            return broken(holding, e, "altered: its seal does not match what it says");
        }
        previous = e.entryHash();
        lastId = e.id();
        expected++;
        return Optional.empty();
    }

    /**
     * The verdict once every entry was taken: the chain must reach its head ({@code headSeq} null where the
     * chain has none yet), and no entry of it may stand outside the chain.
     */
    public ChainVerdict end(Long headSeq, String headHash, long unsealed) {
        long count = expected - 1;
        if (headSeq != null && (headSeq != count || !AuditChain.same(headHash, previous))) {
            return ChainVerdict.broken(chain, count, count + 1, lastId, "cut short: the chain's head is entry " + headSeq
                    + " but the entries end at " + count);
        }
        if (unsealed > 0) {
            return ChainVerdict.broken(chain, count, null, null, "unsealed: " + unsealed + " entries are outside the chain");
        }
        return ChainVerdict.intact(chain, count);
    }

    /** The seal the entry should carry; empty when its key is not known (it cannot be checked, so it does not hold). */
    private Optional<String> expectedSeal(AuditEntry e) {
        if (AuditChain.NO_KEY.equals(e.keyId())) {
            return Optional.of(AuditChain.seal(null, expected, previous, e));
        }
        return keys.key(chain, e.keyId()).map(key -> AuditChain.seal(key, expected, previous, e));
    }

    private Optional<ChainVerdict> broken(long holding, AuditEntry e, String reason) {
        return Optional.of(ChainVerdict.broken(chain, holding, expected, e.id(), reason));
    }
}
