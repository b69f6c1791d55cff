package org.frontdoor.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workers of one work queue table on this node: each takes a batch from the table (whoever
 * owns it writes that as {@code SELECT ... FOR UPDATE SKIP LOCKED}, so every node's workers take
 * different rows), does it, and takes the next while there is work. With none, a worker sleeps until
 * {@link #wake()} (a commit on this node that queued work) or the poll interval (work queued by
 * another node, or due again after a failure).
 *
 * <p>A queue row is written in the transaction that caused the work and deleted in the transaction
 * that does it: nothing is lost when a node stops, and nothing is done twice. Compared with an outbox
 * entry per event (a row, a task, a "processing" update and a completion, each committed on its own),
 * a batch of a hundred costs one read and one delete.
 */
public final class QueueWorkers {

    private static final Logger log = LoggerFactory.getLogger(QueueWorkers.class);

    private final String name;
    private final int count;
    private final Duration pollEvery;
    private final IntSupplier takeAndDo;
    private final Semaphore work = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param name      names the threads and the log lines
     * @param count     workers on this node
     * @param pollEvery how often an idle worker looks at the table unprompted
     * @param takeAndDo takes one batch from the queue and does it; returns how many rows it took
     *                  (0: the queue has nothing due); may throw when the database is away
     */
    public QueueWorkers(String name, int count, Duration pollEvery, IntSupplier takeAndDo) {
        if (count < 1) {
            throw new IllegalArgumentException("A queue needs at least one worker, not " + count);
        }
        this.name = name;
        this.count = count;
        this.pollEvery = pollEvery;
        this.takeAndDo = takeAndDo;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < count; i++) {
            threads.add(Thread.ofVirtual().name(name + "-" + i).start(this::work));
        }
    }

    /** Work was queued on this node: an idle worker takes it now rather than at its next poll. */
    public void wake() {
        // Enough permits for every worker is enough: more would only spin them round once more each.
        if (work.availablePermits() < count) {
            work.release();
        }
    }

    /**
     * Lets each worker finish the batch in hand (its transaction commits or rolls back as a whole)
     * and stops them; rows not yet taken stay in the table for the next start or another node.
     */
    public synchronized void stop() {
        running = false;
        work.release(count);
        for (var thread : threads) {
            try {
                if (!thread.join(Duration.ofSeconds(30))) {
                    log.warn("{}: a worker was still busy 30 s after the node began stopping", name);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    private void work() {
        long pause = 0;
        while (running) {
            int taken;
            try {
                taken = takeAndDo.getAsInt();
                pause = 0;
            } catch (RuntimeException e) {
                // The database is away or the table cannot be read: wait a little longer each time, up to the poll interval.
                if (!running) {
                    return;
                }
                pause = Math.min(pollEvery.toMillis(), Math.max(100, pause * 2));
                log.warn("{}: could not take work from the queue ({}); trying again in {} ms", name, e.toString(), pause);
                taken = 0;
            }
            if (taken == 0 && running) {
                idle(pause == 0 ? pollEvery.toMillis() : pause);
            }
        }
    }

    private void idle(long millis) {
        try {
            // Permits left by wakes while every worker was busy only send a worker round once more.
            work.tryAcquire(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
