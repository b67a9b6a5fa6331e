package dev.vigil.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditKeys;
import dev.vigil.server.domain.model.audit.ChainVerdict;
import dev.vigil.server.infrastructure.persistence.jpa.JpaAuditLog;
import dev.vigil.server.testing.LockWaits;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit trail's chain on the embedded H2 and on PostgreSQL: sealed under the tenant's key, one line
 * even when two transactions append at once, and any altered, removed or cut-off entry named.
 */
class AuditChainTest {

    /** A tenant's audit key, as the keyring would derive it. */
    private static final AuditKeys KEYS = new AuditKeys() {
        @Override
        public Optional<String> currentId(String tenant) {
            return Optional.of("a1");
        }

        @Override
        public Optional<byte[]> key(String tenant, String keyId) {
            byte[] key = new byte[32];
            Arrays.fill(key, (byte) 9);
            return "a1".equals(keyId) ? Optional.of(key) : Optional.empty();
        }
    };

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static String tenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void append(Database db, String tenant, int n) {
        db.inTransaction(em -> {
            for (int i = 0; i < n; i++) {
                new JpaAuditLog(em, KEYS).append(new AuditEntry(Instant.now(), tenant, "p", "security", "CASE_READ", "case", "c" + i));
            }
        });
    }

    private static ChainVerdict verify(Database db, String tenant) {
        EntityManager em = db.emf().createEntityManager();
        try {
            return new JpaAuditLog(em, KEYS).verify(tenant);
        } finally {
            em.close();
        }
    }

    private static void sql(Database db, String statement, Object... params) {
        db.inTransaction(em -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSealedChainHolds_andOneAlteredRowIsNamed(Database db) {
        String tenant = tenant();
        append(db, tenant, 5);
        assertThat(verify(db, tenant)).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.entries()).isEqualTo(5);
        });
        sql(db, "UPDATE audit_entry SET actor = 'someone-else' WHERE tenant_id = ? AND seq = 3", tenant);
        ChainVerdict broken = verify(db, tenant);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.brokenAt()).isEqualTo(3L);
        assertThat(broken.reason()).startsWith("altered");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRemovedEntry_andAChainCutShort_areNamed(Database db) {
        String middle = tenant();
        append(db, middle, 4);
        sql(db, "DELETE FROM audit_entry WHERE tenant_id = ? AND seq = 2", middle);
        assertThat(verify(db, middle)).satisfies(v -> {
            assertThat(v.brokenAt()).isEqualTo(2L);
            assertThat(v.reason()).startsWith("missing");
        });
        String end = tenant();
        append(db, end, 4);
        sql(db, "DELETE FROM audit_entry WHERE tenant_id = ? AND seq = 4", end);
        assertThat(verify(db, end).reason()).startsWith("cut short");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSealRecomputedWithoutTheKey_doesNotHold(Database db) {
        String tenant = tenant();
        append(db, tenant, 2);
        // someone with the database but not the key alters an entry and seals it again with plain SHA-256
        EntityManager em = db.emf().createEntityManager();
        AuditEntry forged = new AuditEntry(Instant.now(), tenant, "p", "intruder", "CASE_READ", "case", "c9");
        String prev = (String) em.createNativeQuery("SELECT prev_hash FROM audit_entry WHERE tenant_id = ? AND seq = 2")
                .setParameter(1, tenant).getSingleResult();
        em.close();
        String resealed = dev.vigil.server.domain.model.audit.AuditChain.seal(null, 2, prev, forged);
        sql(db, "UPDATE audit_entry SET entry_hash = ?, actor = 'intruder' WHERE tenant_id = ? AND seq = 2", resealed, tenant);
        assertThat(verify(db, tenant).reason()).startsWith("altered");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRotatedAuditKey_sealsWhatFollows_andTheEntriesBeforeStillHold(Database db) {
        String tenant = tenant();
        String[] current = {"a1"};
        AuditKeys rotating = new AuditKeys() {
            @Override
            public Optional<String> currentId(String t) {
                return Optional.of(current[0]);
            }

            @Override
            public Optional<byte[]> key(String t, String keyId) {
                byte[] key = new byte[32];
                Arrays.fill(key, (byte) keyId.charAt(1));
                return Optional.of(key);
            }
        };
        db.inTransaction(em -> new JpaAuditLog(em, rotating).append(new AuditEntry(Instant.now(), tenant, "p", "a", "CASE_READ", "case", "x")));
        current[0] = "a2";
        db.inTransaction(em -> new JpaAuditLog(em, rotating).append(new AuditEntry(Instant.now(), tenant, "p", "b", "KEY_ROTATED", "key", "a2")));
        EntityManager em = db.emf().createEntityManager();
        try {
            assertThat(em.createNativeQuery("SELECT key_id FROM audit_entry WHERE tenant_id = ? ORDER BY seq").setParameter(1, tenant)
                    .getResultList()).containsExactly("a1", "a2");
            ChainVerdict verdict = new JpaAuditLog(em, rotating).verify(tenant);
            assertThat(verdict.intact()).as(String.valueOf(verdict)).isTrue();
            assertThat(verdict.entries()).isEqualTo(2);
        } finally {
            em.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoTransactionsAppendingAtOnce_takeTurnsOnTheHead_andLeaveOneChain(Database db) throws Exception {
        String tenant = tenant();
        append(db, tenant, 1);
        appendTwoAtOnce(db, tenant);
        ChainVerdict verdict = verify(db, tenant);
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.entries()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChainOpenedAtStartup_letsTransactionsAppendAtOnceInLanesOfTheirOwn_andEachLaneStillBreaksWhenAltered(Database db)
            throws Exception {
        String tenant = tenant();
        db.inTransaction(em -> new JpaAuditLog(em, KEYS).openChain(tenant));
        db.inTransaction(em -> new JpaAuditLog(em, KEYS).openChain(tenant)); // a second server's start changes nothing
        assertThat(verify(db, tenant)).satisfies(v -> assertThat(v.intact()).isTrue())
                .satisfies(v -> assertThat(v.entries()).isZero());
        // the first still holds its lane: the second commits beside it instead of waiting for its commit
        whileAnAppendIsOpen(db, tenant, () -> db.inTransaction(em -> {
            JpaAuditLog log = new JpaAuditLog(em, KEYS);
            log.append(new AuditEntry(Instant.now(), tenant, "p", "b", "CASE_READ", "case", "y"));
            log.append(new AuditEntry(Instant.now(), tenant, "p", "b", "CASE_READ", "case", "z"));
        }));
        List<String> places = db.committed(em -> em.createQuery("SELECT a.lane, a.seq FROM AuditEntry a WHERE a.tenantId = :t"
                + " ORDER BY a.lane, a.seq", Object[].class).setParameter("t", tenant).getResultList().stream()
                .map(r -> r[0] + "/" + r[1]).toList());
        assertThat(places).containsExactly("0/1", "1/1", "1/2");
        assertThat(verify(db, tenant)).satisfies(v -> assertThat(v.intact()).isTrue())
                .satisfies(v -> assertThat(v.entries()).isEqualTo(3));

        sql(db, "UPDATE audit_entry SET target_id = 'c-other' WHERE tenant_id = ? AND lane = 1 AND seq = 2", tenant);
        ChainVerdict broken = verify(db, tenant);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.brokenAt()).isEqualTo(2L);
        assertThat(broken.reason()).startsWith("altered").endsWith("(lane 1)");
    }

    /** Two transactions append together: the first holds the head until the second is seen waiting for it. */
    private static void appendTwoAtOnce(Database db, String tenant) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<Future<?>> second = new ArrayList<>();
            whileAnAppendIsOpen(db, tenant, () -> {
                second.add(pool.submit(() -> db.inTransaction(em ->
                        new JpaAuditLog(em, KEYS).append(new AuditEntry(Instant.now(), tenant, "p", "b", "CASE_READ", "case", "y")))));
                assertThat(LockWaits.awaitWaiterOrDone(db, second.get(0), Duration.ofSeconds(20))).as("the second waits for the head").isTrue();
            });
            second.get(0).get();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code meanwhile} while another transaction has appended an entry and not committed; then lets it commit. */
    private static void whileAnAppendIsOpen(Database db, String tenant, Runnable meanwhile) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch firstAppended = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> db.inTransaction(em -> {
                new JpaAuditLog(em, KEYS).append(new AuditEntry(Instant.now(), tenant, "p", "a", "CASE_READ", "case", "x"));
                em.flush();
                firstAppended.countDown();
                await(release);
            }));
            firstAppended.await();
            try {
                meanwhile.run();
            } finally {
                release.countDown();
            }
            first.get();
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void entriesFromBeforeTheChain_areSealedOldestFirst(Database db) {
        String tenant = tenant();
        sql(db, "INSERT INTO audit_entry (id, occurred_at, tenant_id, actor, action, target_type) VALUES (?, ?, ?, 'old', 'OBSERVATION_READ', 'observation')",
                UUID.randomUUID().toString(), java.time.LocalDateTime.parse("2026-01-01T10:00:00"), tenant);
        assertThat(verify(db, tenant).reason()).startsWith("unsealed");
        db.inTransaction(em -> assertThat(new JpaAuditLog(em, KEYS).sealUnchained()).isGreaterThanOrEqualTo(1));
        append(db, tenant, 1);
        assertThat(verify(db, tenant)).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.entries()).isEqualTo(2);
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
