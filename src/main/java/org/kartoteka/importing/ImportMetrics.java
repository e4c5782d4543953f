package org.kartoteka.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Import metrics at /q/metrics: {@code kartoteka_import_rows_total} (counter, tag outcome; dry runs
 * included, tag dry_run), {@code kartoteka_import_jobs_running} (gauge) and
 * {@code kartoteka_import_cpu_seconds_total} (counter, tag dry_run): the CPU time of the threads that
 * run the jobs (the worker and the reader of its rows, {@link ChunkReader}), so that what a job
 * costs the service itself can be told from the database's share and from the JIT compiler's
 * (bench/import.sh prints it per run).
 */
@Startup // exported from the start, so that dashboards and alerts find them before the first import
@ApplicationScoped
class ImportMetrics {

    private final AtomicInteger running = new AtomicInteger();
    private final Map<RowOutcome, Counter> committed = new EnumMap<>(RowOutcome.class);
    private final Map<RowOutcome, Counter> dryRuns = new EnumMap<>(RowOutcome.class);
    private final Map<Boolean, Counter> cpuSeconds = new HashMap<>();

    @Inject
    ImportMetrics(MeterRegistry registry) {
        registry.gauge("kartoteka_import_jobs_running", running);
        for (RowOutcome outcome : RowOutcome.values()) {
            committed.put(outcome, counter(registry, outcome, "false"));
            dryRuns.put(outcome, counter(registry, outcome, "true"));
        }
        for (boolean dryRun : new boolean[] {false, true}) {
            cpuSeconds.put(dryRun, Counter.builder("kartoteka_import_cpu_seconds")
                    .description("CPU time of the import threads running jobs (worker and row reader)")
                    .baseUnit("seconds")
                    .tag("dry_run", String.valueOf(dryRun)).register(registry));
        }
    }

    private static Counter counter(MeterRegistry registry, RowOutcome outcome, String dryRun) {
        return Counter.builder("kartoteka_import_rows").description("rows imported, by outcome")
                .tag("outcome", outcome.name()).tag("dry_run", dryRun).register(registry);
    }

    void started() {
        running.incrementAndGet();
    }

    void finished() {
        running.decrementAndGet();
    }

    /**
     * Adds the CPU time the calling thread (the worker, a row reader) used since {@code startNanos}
     * of {@link #threadCpuNanos()} (0: since the thread started).
     */
    void cpuSince(long startNanos, boolean dryRun) {
        cpuSeconds.get(dryRun).increment((threadCpuNanos() - startNanos) / 1e9);
    }

    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    void row(RowOutcome outcome, boolean dryRun) {
        (dryRun ? dryRuns : committed).get(outcome).increment();
    }
}
