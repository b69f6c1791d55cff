package org.frontdoor.platform.events;

import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/**
 * Turns for one kind of outbox work on this node: at most so many run at once, the rest wait for a
 * turn without holding a database connection (a surge of submissions would otherwise take the whole
 * pool, and intake with it).
 *
 * <p>When the node stops, work still waiting is never started: it would find the connection pool
 * closing, fail, and log an error for every entry of the backlog. It is left as it is, its outbox
 * entry incomplete, so the next start (or another node, once the entry is stale) delivers it again.
 * Nothing is lost and the log stays quiet.
 */
public final class Turns {

    private final Semaphore turns;
    private volatile boolean stopping;

    /** {@code count} pieces of work at once; waiting work is served in arrival order. */
    public Turns(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one turn is needed, not " + count);
        }
        this.turns = new Semaphore(count, true);
    }

    /** Waits for a turn, then does the work; when the node is stopping meanwhile, never returns (see above). */
    public void take(Runnable work) {
        turns.acquireUninterruptibly();
        try {
            if (!stopping) {
                work.run();
                return;
            }
        } finally {
            turns.release();
        }
        leaveForTheNextStart();
    }

    /** Called as the node stops: work that has not started yet will not. */
    public void stop() {
        stopping = true;
    }

    /**
     * The work's thread (a virtual thread of the outbox's executor) parks for good: returning would
     * mark the entry done, throwing would mark it failed in a database that is going away.
     */
    private static void leaveForTheNextStart() {
        while (true) {
            LockSupport.park();
        }
    }
}
