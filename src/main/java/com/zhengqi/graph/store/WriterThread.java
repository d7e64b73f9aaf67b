package com.zhengqi.graph.store;

import com.zhengqi.graph.model.ArticleGraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The one thread that writes an ingest run's batches, so that extraction goes on while a batch is
 * written (when one thread did both, extraction stood still for every batch). The run hands it whole
 * batches in file order ({@link #write}); they are written in that order, each in one transaction
 * ({@link BatchWriter}). At most {@code capacity} batches wait: a run that extracts faster than the
 * graph takes them waits for the writer, so memory stays flat.
 * <p>
 * What each batch did, and the articles it could not write, come back to the run's thread
 * ({@link #collect}), so the listener hears everything on that one thread as before. An unexpected
 * failure of the writer (the database gone, an error) ends the run: the next call on the run's thread
 * throws it, naming the files of the batch; the writer keeps taking batches (and drops them), so the
 * run never hangs on a full queue.
 */
final class WriterThread implements AutoCloseable {

    /** What writing one batch did. */
    record Outcome(WriteResult written, List<IngestSummary.FileFailure> failures, long nanos) {
    }

    /** Handed over last; its own instance, as {@code List.of()} is one shared empty list. */
    private static final List<ArticleGraph> END = Collections.unmodifiableList(new ArrayList<>());

    private final BlockingQueue<List<ArticleGraph>> waiting;
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile IllegalStateException failure;
    private boolean ended;

    /** Starts the writer; it opens its {@link BatchWriter} (reading what the graph holds) on its own thread. */
    WriterThread(GraphWriter graph, int capacity) {
        this.waiting = new ArrayBlockingQueue<>(capacity);
        this.thread = Thread.ofPlatform().name("ingest-writer").daemon().start(() -> run(graph));
    }

    private void run(GraphWriter graph) {
        List<IngestSummary.FileFailure> failed = new ArrayList<>();
        List<ArticleGraph> batch = null;
        try (BatchWriter batches = graph.open(failed::add)) {
            for (batch = take(); batch != END; batch = take()) {
                long started = System.nanoTime();
                WriteResult written = batches.write(batch);
                outcomes.add(new Outcome(written, List.copyOf(failed), System.nanoTime() - started));
                failed.clear();
            }
        } catch (RuntimeException | Error e) {
            failure = new IllegalStateException(describe(batch) + ": " + reason(e), e);
            // Keep taking (and dropping) what the run hands over until it hears of the failure and ends.
            while (batch != END) {
                batch = take();
            }
        }
    }

    /**
     * The next batch. Nobody interrupts this thread; should something do so, the writer goes on (an
     * interrupt kept set would break its next database call) rather than drop what was handed over.
     */
    private List<ArticleGraph> take() {
        while (true) {
            try {
                return waiting.take();
            } catch (InterruptedException e) {
                // deliberately not restored: see above
            }
        }
    }

    /** "writing 500 article(s) of a.txt, b.txt and 3 more file(s) failed" */
    private static String describe(List<ArticleGraph> batch) {
        if (batch == null) {
            return "opening the writer failed";
        }
        if (batch == END) {
            return "finishing the writes failed";
        }
        List<String> files = batch.stream().map(ArticleGraph::source).distinct().toList();
        String named = String.join(", ", files.subList(0, Math.min(3, files.size())));
        return "writing %d article(s) of %s%s failed".formatted(batch.size(), named,
                files.size() > 3 ? " and %d more file(s)".formatted(files.size() - 3) : "");
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Hands a batch to the writer, waiting while {@code capacity} batches already wait.
     *
     * @throws IllegalStateException the writer failed (with the batch it failed on), or this thread was interrupted
     */
    void write(List<ArticleGraph> batch) {
        check();
        if (batch.isEmpty()) {
            return;
        }
        try {
            waiting.put(List.copyOf(batch));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    /** Gives {@code to} the outcomes of the batches written since the last call; throws the writer's failure. */
    void collect(Consumer<Outcome> to) {
        for (Outcome o = outcomes.poll(); o != null; o = outcomes.poll()) {
            to.accept(o);
        }
        check();
    }

    /**
     * Waits until every batch handed over is written and the writer has closed (the full-text index caught up),
     * then gives {@code to} the last outcomes; throws the writer's failure.
     */
    void finish(Consumer<Outcome> to) {
        end();
        collect(to);
    }

    /** As {@link #finish} when the run ends by an exception: what was handed over is still written whole. */
    @Override
    public void close() {
        end();
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        // Neither handing over the end nor waiting for the writer may be cut short by an interrupt: the
        // writer would wait for ever, or the run would return before its last batch is in the graph.
        boolean interrupted = false;
        boolean handed = false;
        while (!handed) {
            try {
                waiting.put(END);
                handed = true;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void check() {
        IllegalStateException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }
}
