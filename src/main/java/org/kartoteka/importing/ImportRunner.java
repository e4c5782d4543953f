package org.kartoteka.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kartoteka.common.ProblemException;
import org.kartoteka.security.Role;

/**
 * Runs one job, in the calling thread, as the user who started it (the caller of the request
 * context the worker set up): reads the spooled file row by row, checks each row, and writes the
 * rows a chunk at a time ({@code kartoteka.import.chunk-size}, default 250).
 *
 * <ul>
 *   <li>Atomic (the default): one transaction for the whole file, flushed and cleared chunk by
 *       chunk; when any row is rejected it is rolled back and the job reports {@code committed: false}.</li>
 *   <li>Not atomic: a transaction per chunk. A chunk the database refuses (a rule only it sees,
 *       a concurrent write) is tried again row by row, so that only the guilty row is rejected.</li>
 *   <li>Dry run: the same reading, checks and matching, a transaction per chunk that is rolled
 *       back, and no flush: nothing is written but the report.</li>
 * </ul>
 */
@ApplicationScoped
class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final int MAX_IGNORED_COLUMNS = 200;
    private static final int ATOMIC_TIMEOUT_SECONDS = 6 * 3600;

    @Inject
    ChunkWriter chunks;

    @Inject
    ImportReport report;

    @Inject
    ApiRules apiRules;

    @Inject
    ImportSpool spool;

    @Inject
    ImportMetrics metrics;

    @ConfigProperty(name = "kartoteka.import.chunk-size", defaultValue = "250")
    int chunkSize;

    void run(UUID jobId, Role role) {
        long cpuStart = ImportMetrics.threadCpuNanos();
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> start(jobId));
        metrics.started();
        JobCounts counts = new JobCounts();
        Set<String> ignored = new LinkedHashSet<>();
        try {
            Path file = spool.file(jobId);
            int total = RowSource.count(file, job.mediaType);
            progress(jobId, counts, total, ignored);
            JobContext context = new JobContext(jobId, job.options(), role,
                    QuarkusTransaction.requiringNew().call(ArticleCatalogue::load));
            boolean committed;
            if (job.atomic && !job.dryRun) {
                committed = inOneTransaction(file, job, context, counts, total, ignored);
            } else {
                readAll(file, job, context, counts, total, ignored, false);
                committed = !job.dryRun;
            }
            finish(jobId, counts, ignored, committed, null);
        } catch (ImportFileException e) {
            finish(jobId, counts, ignored, false, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Import job %s failed", jobId);
            finish(jobId, counts, ignored, false, "The import stopped: " + e.getMessage()
                    + ". Rows written before are kept unless the job was atomic; sending the file again is safe.");
        } finally {
            metrics.finished();
            metrics.cpuSince(cpuStart, job.dryRun);
            spool.delete(jobId);
        }
    }

    /** The atomic job: one transaction, rolled back (by the exception) when a row is rejected. */
    private boolean inOneTransaction(Path file, ImportJob job, JobContext context, JobCounts counts, int total,
            Set<String> ignored) {
        try {
            return QuarkusTransaction.requiringNew().timeout(ATOMIC_TIMEOUT_SECONDS)
                    .call(() -> readAll(file, job, context, counts, total, ignored, true));
        } catch (RollBack e) {
            return false;
        }
    }

    /** Thrown to roll back a transaction on purpose: an atomic job with a rejected row, a chunk of a dry run. */
    private static final class RollBack extends RuntimeException {

        private final transient List<RowResult> results;

        RollBack(List<RowResult> results) {
            super(null, null, false, false);
            this.results = results;
        }
    }

    /**
     * Reads, checks and writes every row; in the atomic transaction, true when it may commit. The
     * rows are read and checked a chunk ahead on a thread of their own ({@link ChunkReader}), the
     * chunks written here in file order.
     */
    private boolean readAll(Path file, ImportJob job, JobContext context, JobCounts counts, int total,
            Set<String> ignored, boolean inOneTransaction) throws IOException {
        RowReader reader = new RowReader(context.options, context.catalogue, context.role);
        boolean dryRun = context.options.dryRun();
        try (ChunkReader chunks = new ChunkReader(RowSource.open(file, job.mediaType),
                raw -> plan(raw, reader, context, ignored), chunkSize,
                () -> metrics.cpuSince(0, dryRun) /* the reader thread's whole life */, "import-reader-" + job.id)) {
            for (List<RowPlan> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                writeChunk(chunk, context, counts, inOneTransaction);
                if (chunk.size() == chunkSize) {
                    progress(job.id, counts, total, ignored);
                }
            }
        }
        if (inOneTransaction && counts.rejected > 0) {
            throw new RollBack(List.of());
        }
        return true;
    }

    private RowPlan plan(RawRow raw, RowReader reader, JobContext context, Set<String> ignored) {
        Set<String> unknown = new LinkedHashSet<>();
        RowPlan plan = reader.read(RegisterRow.of(raw, context.headers, unknown, context.options.idScheme() != null));
        synchronized (ignored) { // read by the writer's thread (progress, finish)
            if (ignored.size() < MAX_IGNORED_COLUMNS) {
                ignored.addAll(unknown);
            }
        }
        if (!plan.rejected()) {
            apiRules.check(plan, context.options);
        }
        return plan;
    }

    private void writeChunk(List<RowPlan> chunk, JobContext context, JobCounts counts, boolean inOneTransaction) {
        List<RowResult> results;
        if (inOneTransaction) {
            results = chunks.write(context, chunk);
        } else {
            results = inOwnTransaction(chunk, context);
        }
        QuarkusTransaction.requiringNew().run(() -> report.save(context.jobId, results));
        counts.add(results);
        results.forEach(r -> metrics.row(r.outcome(), context.options.dryRun()));
    }

    private List<RowResult> inOwnTransaction(List<RowPlan> chunk, JobContext context) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<RowResult> results = chunks.write(context, chunk);
                if (context.options.dryRun()) {
                    throw new RollBack(results);
                }
                return results;
            });
        } catch (RollBack dryRun) {
            return dryRun.results;
        } catch (RuntimeException e) {
            if (chunk.size() == 1 || context.options.dryRun()) {
                return List.of(refused(chunk.get(0), e));
            }
            chunks.release(context, chunk);
            context.forgetUncommitted();
            List<RowResult> results = new ArrayList<>(chunk.size());
            for (RowPlan plan : chunk) {
                results.addAll(inOwnTransaction(List.of(plan), context));
            }
            return results;
        }
    }

    /** A row the database refused although every check passed: rejected with what the database said. */
    private static RowResult refused(RowPlan plan, RuntimeException e) {
        String detail = e instanceof ProblemException p ? p.getMessage() : rootMessage(e);
        plan.error(null, "the database refused this row: " + detail);
        return RowResult.rejected(plan);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static ImportJob start(UUID jobId) {
        ImportJob job = ImportJob.findById(jobId);
        job.status = JobStatus.RUNNING;
        job.startedAt = Instant.now();
        return job;
    }

    private static void progress(UUID jobId, JobCounts counts, int total, Set<String> ignored) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.rowsTotal = total;
            counts.copyTo(job);
            job.ignoredColumns = copy(ignored);
        });
    }

    private static List<String> copy(Set<String> ignored) {
        synchronized (ignored) {
            return new ArrayList<>(ignored);
        }
    }

    private static void finish(UUID jobId, JobCounts counts, Set<String> ignored, boolean committed, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            counts.copyTo(job);
            job.ignoredColumns = copy(ignored);
            job.committed = committed;
            job.status = failure == null ? JobStatus.DONE : JobStatus.FAILED;
            job.failure = failure;
            job.finishedAt = Instant.now();
        });
    }
}
