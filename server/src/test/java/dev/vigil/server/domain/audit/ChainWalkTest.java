package dev.vigil.server.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.audit.AuditChain;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditKeys;
import dev.vigil.server.domain.model.audit.ChainVerdict;
import dev.vigil.server.domain.model.audit.ChainWalk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the walk over a chain accepts and what it names, without a database: entries linked by hand as the audit log links them. */
class ChainWalkTest {

    private static final Map<String, byte[]> KEYS = Map.of("a1", filled(1), "a2", filled(2));
    private static final AuditKeys KNOWN = new AuditKeys() {
        @Override
        public Optional<String> currentId(String tenant) {
            return Optional.of("a2");
        }

        @Override
        public Optional<byte[]> key(String tenant, String keyId) {
            return Optional.ofNullable(KEYS.get(keyId));
        }
    };

    private static byte[] filled(int b) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) b);
        return key;
    }

    /** n entries sealed in turn, each under the key id given for its place. */
    private static List<AuditEntry> chain(String... keyIds) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < keyIds.length; i++) {
            AuditEntry e = new AuditEntry(Instant.parse("2026-12-06T10:00:00Z").plusSeconds(i), "acme", "harbor", "dana",
                    "CASE_READ", "case", "c" + i);
            String seal = AuditChain.seal(AuditChain.NO_KEY.equals(keyIds[i]) ? null : KEYS.get(keyIds[i]), i + 1, previous, e);
            e.seal(i + 1, previous, keyIds[i], seal);
            entries.add(e);
            previous = seal;
        }
        return entries;
    }

    private static ChainVerdict walk(List<AuditEntry> entries, Long headSeq, String headHash) {
        ChainWalk walk = new ChainWalk("acme", KNOWN);
        for (AuditEntry e : entries) {
            Optional<ChainVerdict> broken = walk.take(e);
            if (broken.isPresent()) {
                return broken.get();
            }
        }
        return walk.end(headSeq, headHash, 0);
    }

    private static ChainVerdict walkToHead(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        return walk(entries, last.seq(), last.entryHash());
    }

    @Test
    void aChainSealedUnderAnAuditKeyRotatedMidway_andUnderNoKeyBeforeIt_holds() {
        ChainVerdict v = walkToHead(chain(AuditChain.NO_KEY, "a1", "a1", "a2", "a2"));
        assertThat(v.intact()).as(String.valueOf(v)).isTrue();
        assertThat(v.entries()).isEqualTo(5);
    }

    @Test
    void anEntryOutOfItsPlace_isNamedOutOfOrder() {
        List<AuditEntry> entries = chain("a1", "a1", "a1");
        List<AuditEntry> other = chain("a1", "a1");
        // entry 2 of another chain put in this one's place 2: right place, wrong predecessor
        entries.set(1, other.get(1));
        ChainVerdict v = walk(entries, 3L, entries.get(2).entryHash());
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAt()).isEqualTo(2L);
        assertThat(v.entries()).isEqualTo(1);
        assertThat(v.reason()).startsWith("out of order");
    }

    @Test
    void aSealUnderAKeyNobodyHas_doesNotHold() {
        List<AuditEntry> entries = chain("a1", "a9");
        ChainVerdict v = walkToHead(entries);
        assertThat(v.brokenAt()).isEqualTo(2L);
        assertThat(v.reason()).startsWith("altered");
    }

    @Test
    void aHeadBeyondTheLastEntry_andEntriesOutsideTheChain_areNamed() {
        List<AuditEntry> entries = chain("a1", "a1", "a1");
        assertThat(walk(entries.subList(0, 2), 3L, entries.get(2).entryHash()).reason()).startsWith("cut short");
        ChainWalk walk = new ChainWalk("acme", KNOWN);
        entries.forEach(walk::take);
        assertThat(walk.end(3L, entries.get(2).entryHash(), 2).reason()).startsWith("unsealed: 2");
        assertThat(new ChainWalk("acme", KNOWN).end(null, null, 0).intact()).as("a chain not begun").isTrue();
    }
}
