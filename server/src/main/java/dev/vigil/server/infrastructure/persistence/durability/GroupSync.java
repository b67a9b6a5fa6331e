package dev.vigil.server.infrastructure.persistence.durability;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for a store whose commits reach the operating system but not the disk: callers that
 * arrive while a sync runs wait for the next one, and that one sync serves all of them. Under load a
 * burst of answers costs a few syncs, not one each; alone, a caller pays one sync.
 */
final class GroupSync {

    /** The sync itself; it covers everything written before it started. */
    @FunctionalInterface
    interface Sync {
        void run() throws Exception;
    }

    private final Sync sync;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private long issued;
    private long synced;
    private long failedUpTo;
    private Exception lastFailure;
    private boolean running;

    GroupSync(Sync sync) {
        this.sync = sync;
    }

    /** Returns when a sync that started after this call has finished; throws that sync's failure. */
    void await() throws Exception {
        lock.lock();
        try {
            long ticket = ++issued;
            while (synced < ticket && failedUpTo < ticket) {
                if (running) {
                    finished.awaitUninterruptibly();
                } else {
                    lead();
                }
            }
            if (synced < ticket) {
                throw lastFailure;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs one sync for every ticket issued so far, with the lock released so that later callers can queue. */
    private void lead() {
        running = true;
        long upTo = issued;
        Exception failure = null;
        lock.unlock();
        try {
            sync.run();
        } catch (Exception e) {
            failure = e;
        } finally {
            lock.lock();
            running = false;
            if (failure == null) {
                synced = Math.max(synced, upTo);
            } else {
                lastFailure = failure;
                failedUpTo = Math.max(failedUpTo, upTo);
            }
            finished.signalAll();
        }
    }
}
