package org.kartoteka.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads and checks a job's rows a chunk ahead of the writer, on a thread of its own: while the
 * writer's thread waits for the database to take chunk N, this one reads, parses and checks chunk
 * N+1 (docs/import.md "Performance"). Reading and checking need no database, no transaction and no
 * request context ({@link RowReader} is pure, {@link ApiRules} a validator), so the writer's
 * transaction, session and request context stay on the writer's thread alone.
 *
 * <p>The chunks come out in file order, and a failure of the reading (a malformed file, an I/O
 * error) comes out where it happened: after every chunk before it, as when one thread did both.
 * At most {@link #AHEAD} chunks wait; the reader stops when the writer {@link #close()}s.
 */
final class ChunkReader implements AutoCloseable {

    /** Chunks read ahead of the writer: one being written, one ready. */
    static final int AHEAD = 1;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean closed;
    private boolean ended;

    /**
     * @param rows the file's rows; closed by the reader's thread
     * @param plan reads and checks one row (called on the reader's thread only)
     * @param done called on the reader's thread when it stops, e.g. to account for its CPU time
     */
    ChunkReader(RowSource rows, Function<RawRow, RowPlan> plan, int chunkSize, Runnable done, String name) {
        thread = new Thread(() -> read(rows, plan, chunkSize, done), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(RowSource rows, Function<RawRow, RowPlan> plan, int chunkSize, Runnable done) {
        try (rows) {
            List<RowPlan> chunk = new ArrayList<>(chunkSize);
            while (rows.hasNext()) {
                chunk.add(plan.apply(rows.next()));
                if (chunk.size() == chunkSize) {
                    hand(chunk);
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty()) {
                hand(chunk);
            }
            hand(END);
        } catch (RuntimeException | IOException | Error e) {
            hand(e);
        } finally {
            done.run();
        }
    }

    /** Puts one item in the queue, waiting while it is full, unless the writer stopped reading. */
    private void hand(Object item) {
        try {
            while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the writer is busy with the chunk before: wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next chunk in file order; null after the last. Throws what the reading threw, where it threw it. */
    @SuppressWarnings("unchecked")
    List<RowPlan> next() throws IOException {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rows", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof IOException e) {
            ended = true;
            throw e;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (item instanceof Error e) {
            ended = true;
            throw e;
        }
        return (List<RowPlan>) item;
    }

    /** Stops the reader (when the writer gives up early) and waits for it to end. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
