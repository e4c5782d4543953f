package org.kartoteka.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Import metrics at /q/metrics: {@code kartoteka_import_rows_total} (counter, tag outcome; dry runs
 * included, tag dry_run) and {@code kartoteka_import_jobs_running} (gauge).
 */
@Startup // exported from the start, so that dashboards and alerts find them before the first import
@ApplicationScoped
class ImportMetrics {

    private final AtomicInteger running = new AtomicInteger();
    private final Map<RowOutcome, Counter> committed = new EnumMap<>(RowOutcome.class);
    private final Map<RowOutcome, Counter> dryRuns = new EnumMap<>(RowOutcome.class);

    @Inject
    ImportMetrics(MeterRegistry registry) {
        registry.gauge("kartoteka_import_jobs_running", running);
        for (RowOutcome outcome : RowOutcome.values()) {
            committed.put(outcome, counter(registry, outcome, "false"));
            dryRuns.put(outcome, counter(registry, outcome, "true"));
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

    void row(RowOutcome outcome, boolean dryRun) {
        (dryRun ? dryRuns : committed).get(outcome).increment();
    }
}
