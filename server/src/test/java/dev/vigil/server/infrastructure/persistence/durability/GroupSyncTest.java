package dev.vigil.server.infrastructure.persistence.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupSyncTest {

    @Test
    void everyCallerReturnsOnlyAfterASyncThatStartedAfterItsWrite_andConcurrentCallersShareSyncs() throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicLong coveredUpTo = new AtomicLong();
        AtomicInteger syncs = new AtomicInteger();
        GroupSync group = new GroupSync(() -> {
            long seen = written.get();
            syncs.incrementAndGet();
            Thread.sleep(2);
            coveredUpTo.accumulateAndGet(seen, Math::max);
        });
        int callers = 400;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                long mine = written.incrementAndGet();
                group.await();
                return coveredUpTo.get() >= mine;
            }));
        }
        start.countDown();
        for (Future<Boolean> r : results) {
            assertThat(r.get(30, TimeUnit.SECONDS)).as("write covered by a sync that began after it").isTrue();
        }
        pool.shutdown();
        assertThat(syncs.get()).as("syncs for " + callers + " concurrent callers").isLessThan(callers);
    }

    @Test
    void aFailedSyncFailsTheCallersItCovered_andTheNextCallerSyncsAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        GroupSync group = new GroupSync(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IOException("device gone");
            }
        });
        assertThatThrownBy(group::await).isInstanceOf(IOException.class).hasMessage("device gone");
        group.await();
        assertThat(calls.get()).isEqualTo(2);
    }
}
