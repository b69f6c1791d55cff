package org.frontdoor.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outbox work that arrives one piece at a time (each delivery on a virtual thread of its own) and is
 * done in batches: whoever gets a turn takes every piece waiting, up to a limit, and does them
 * together, so work that must run one at a time across the cluster (under one database lock) pays
 * for the lock and the commit once per batch instead of once per piece. The more arrives at once,
 * the bigger the batches; a piece arriving alone is done alone, at once. A few batches may run at
 * once (one doing its reads while another holds the lock, or both working where no lock is needed).
 *
 * <p>Each caller waits until its own piece is done and sees its own outcome, so each outbox entry is
 * completed, or left for a retry, as if it had been done alone: when a batch fails, every piece in it
 * is done again on its own, and only the pieces that fail alone fail.
 *
 * <p>Stopping follows {@link Turns}: when the node stops, pieces not yet taken into a batch are never
 * started, and their outbox entries are delivered again on the next start.
 */
public final class Batches<T> {

    private static final Logger log = LoggerFactory.getLogger(Batches.class);

    private final int limit;
    private final Consumer<List<T>> together;
    private final Queue<Piece<T>> waiting = new ConcurrentLinkedQueue<>();
    private final Turns turns;

    /**
     * @param limit    the most pieces in one batch
     * @param atOnce   the most batches running at once on this node
     * @param together does a batch as one unit (one transaction): throws if any piece fails, undoing all;
     *                 after a batch fails, each of its pieces is given to it again in a batch of its own
     */
    public Batches(int limit, int atOnce, Consumer<List<T>> together) {
        if (limit < 1) {
            throw new IllegalArgumentException("A batch needs room for at least one piece, not " + limit);
        }
        this.limit = limit;
        this.turns = new Turns(atOnce);
        this.together = together;
    }

    /** Does {@code work} in the next batch; returns when it is done, or throws what it failed with. */
    public void submit(T work) {
        var mine = new Piece<>(work);
        waiting.add(mine);
        // Pieces leave the queue in arrival order, so every batch done brings this one nearer; once
        // it is in a batch (this caller's or another's), the caller waits for that batch to finish.
        while (!mine.taken) {
            turns.take(() -> {
                if (!mine.taken) {
                    doNextBatch();
                }
            });
        }
        mine.awaitDone();
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** Called as the node stops: pieces not yet in a batch will not be started. */
    public void stop() {
        turns.stop();
    }

    /** Whether {@code work} is queued for a batch that has not started (for tests). */
    boolean isWaiting(T work) {
        return waiting.stream().anyMatch(piece -> piece.work.equals(work));
    }

    private void doNextBatch() {
        var batch = new ArrayList<Piece<T>>();
        for (Piece<T> next; batch.size() < limit && (next = waiting.poll()) != null; ) {
            next.taken = true;
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return; // another batch took them all
        }
        try {
            together.accept(batch.stream().map(Piece::work).toList());
            batch.forEach(piece -> piece.finish(null));
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.getFirst().finish(failed);
                return;
            }
            // Worth knowing: a batch redone piece by piece costs its work twice over.
            log.warn("A batch of {} failed ({}); doing each piece on its own", batch.size(), failed.toString());
            for (var piece : batch) {
                try {
                    together.accept(List.of(piece.work));
                    piece.finish(null);
                } catch (RuntimeException e) {
                    piece.finish(e);
                }
            }
        } finally {
            // An Error thrown above still answers every waiting caller, instead of leaving it waiting.
            for (var piece : batch) {
                if (!piece.isDone()) {
                    piece.finish(new IllegalStateException("The batch stopped before this piece was done"));
                }
            }
        }
    }

    private static final class Piece<T> {

        private final T work;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean taken;
        private volatile RuntimeException failure;

        Piece(T work) {
            this.work = work;
        }

        T work() {
            return work;
        }

        void finish(RuntimeException failure) {
            this.failure = failure;
            done.countDown();
        }

        boolean isDone() {
            return done.getCount() == 0;
        }

        /** Waits for the batch this piece is in; only a batch's end ends the wait (never an interrupt). */
        void awaitDone() {
            boolean interrupted = false;
            while (!isDone()) {
                try {
                    done.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
