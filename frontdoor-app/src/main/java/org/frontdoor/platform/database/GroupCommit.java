package org.frontdoor.platform.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes what many requests hand in together: each request waits while a writer takes everything
 * that has gathered (up to {@code most}), writes it in one transaction with the caller's
 * {@code writeAll} (one statement per table for the whole group, if it likes) and commits once, then
 * answers each request with its own result. A request is answered only after its commit, so
 * nothing is acknowledged before it is committed. Under load, a group is whatever arrived while the
 * previous one was being written; alone, a request is a group of one and waits for nobody.
 *
 * <p>When a group fails, each member is written again in a transaction of its own, so one bad
 * member fails only itself and gets its own exception; when the database cannot be reached, every
 * member gets that failure at once. A caller already in a transaction (which
 * must also hold its other work) and any call while the writers are not running writes on the
 * caller's thread, in the caller's transaction or a new one.
 *
 * @param <T> what a request hands in
 * @param <R> what it gets back once committed
 */
public final class GroupCommit<T, R> {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final String name;
    private final int writerCount;
    private final int most;
    private final TransactionOperations transactions;
    private final Function<List<T>, List<R>> writeAll;
    private final LinkedBlockingQueue<Member<T, R>> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private final LongAdder groups = new LongAdder();
    private final LongAdder written = new LongAdder();
    private volatile boolean running;

    /**
     * @param name         names the writer threads and log lines
     * @param writers      writers on this node: a second one writes while the first waits for its commit
     * @param most         the largest group
     * @param transactions runs each group's transaction
     * @param writeAll     writes a group inside that transaction; returns one result per member, in order
     */
    public GroupCommit(String name, int writers, int most, TransactionOperations transactions, Function<List<T>, List<R>> writeAll) {
        if (writers < 1 || most < 1) {
            throw new IllegalArgumentException("A group commit needs at least one writer and groups of at least one, not "
                    + writers + " and " + most);
        }
        this.name = name;
        this.writerCount = writers;
        this.most = most;
        this.transactions = transactions;
        this.writeAll = writeAll;
    }

    /**
     * Writes the item with whatever else is waiting and returns its result once committed.
     *
     * @throws RuntimeException what writing this item alone threw
     */
    public R write(T item) {
        if (!running || TransactionSynchronizationManager.isActualTransactionActive()) {
            return alone(item);
        }
        var member = new Member<T, R>(item, new CompletableFuture<>());
        waiting.add(member);
        // Stopped meanwhile, and no writer took it before it stopped: write it here.
        if (!running && waiting.remove(member)) {
            return alone(item);
        }
        try {
            return member.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < writerCount; i++) {
            var writer = Thread.ofPlatform().name(name + "-" + i).daemon().start(this::work);
            writers.add(writer);
        }
    }

    /** Writes every group already handed in, then stops; later calls write on their callers' threads. */
    public synchronized void stop() {
        running = false;
        for (var writer : writers) {
            try {
                if (!writer.join(Duration.ofSeconds(60))) {
                    log.warn("{} did not finish its group within a minute of stopping", writer.getName());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        writers.clear();
        // Handed in between a writer's last look and the flag: written here, none left waiting.
        var left = new ArrayList<Member<T, R>>();
        waiting.drainTo(left);
        if (!left.isEmpty()) {
            writeGroup(left);
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Items handed in and not yet taken by a writer. */
    public int waiting() {
        return waiting.size();
    }

    /** Groups written so far; a write on the caller's thread counts as a group of one. */
    public long groups() {
        return groups.sum();
    }

    /** Items written so far: divided by {@link #groups()}, the mean group. */
    public long written() {
        return written.sum();
    }

    private void work() {
        var group = new ArrayList<Member<T, R>>(most);
        while (running || !waiting.isEmpty()) {
            try {
                var first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                waiting.drainTo(group, most - 1);
                writeGroup(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // writeGroup answers every member; this is a fault of its own (out of memory, say): tell them.
                log.error("{} failed outside a group's transaction", name, e);
                group.forEach(member -> member.result().completeExceptionally(e));
            } finally {
                group.clear();
            }
        }
    }

    private void writeGroup(List<Member<T, R>> group) {
        List<R> results;
        try {
            var items = group.stream().map(Member::item).toList();
            results = inTransaction(items);
        } catch (RuntimeException e) {
            if (group.size() == 1 || databaseAway(e)) {
                group.forEach(member -> member.result().completeExceptionally(e));
                return;
            }
            log.debug("{}: a group of {} failed ({}); writing each alone", name, group.size(), e.toString());
            for (var member : group) {
                try {
                    member.result().complete(alone(member.item()));
                } catch (RuntimeException alone) {
                    member.result().completeExceptionally(alone);
                }
            }
            return;
        }
        committed(group.size());
        for (int i = 0; i < group.size(); i++) {
            group.get(i).result().complete(results.get(i));
        }
    }

    /**
     * No transaction could start, or the connection failed: no member is to blame, and writing each
     * alone would only make the last one wait for a connection once per member before it.
     */
    private static boolean databaseAway(RuntimeException e) {
        return e instanceof CannotCreateTransactionException || e instanceof DataAccessResourceFailureException;
    }

    private R alone(T item) {
        var result = inTransaction(List.of(item)).getFirst();
        committed(1);
        return result;
    }

    /**
     * Writes the items in a transaction. Something that runs after the commit (a listener's
     * after-commit hook) can still throw; the items are written all the same and must not be written
     * again, so their results stand and the exception is only logged.
     */
    private List<R> inTransaction(List<T> items) {
        var outcome = new Outcome<R>();
        try {
            return transactions.execute(status -> {
                if (TransactionSynchronizationManager.isSynchronizationActive()) {
                    TransactionSynchronizationManager.registerSynchronization(outcome);
                }
                outcome.results = written(items);
                return outcome.results;
            });
        } catch (RuntimeException e) {
            if (outcome.committed) {
                log.warn("{}: {} written and committed; something after the commit failed", name, items.size(), e);
                return outcome.results;
            }
            throw e;
        }
    }

    private void committed(int items) {
        groups.increment();
        written.add(items);
    }

    /** Inside the transaction, so that a wrong count of results rolls the group back. */
    private List<R> written(List<T> items) {
        var results = writeAll.apply(items);
        if (results == null || results.size() != items.size()) {
            throw new IllegalStateException(name + " wrote " + items.size() + " and gave " + (results == null ? "no" : results.size())
                    + " results");
        }
        return results;
    }

    private record Member<T, R>(T item, CompletableFuture<R> result) {
    }

    /** What a transaction wrote, and whether it committed (told after every after-commit hook has run). */
    private static final class Outcome<R> implements TransactionSynchronization {
        private List<R> results;
        private boolean committed;

        @Override
        public void afterCompletion(int status) {
            committed = status == STATUS_COMMITTED;
        }
    }
}
