package org.kartoteka.publiccount;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * The public counts' metrics for operators (deploy/grafana/kartoteka.json, deploy/prometheus):
 * {@code kartoteka_public_counts_served_total{outcome}} (answers served from memory, and requests
 * for a metric there is none of) and {@code kartoteka_public_counts_refresh_lag_seconds} (seconds
 * since the answers were last rebuilt: a minute at most while notifications and the minutely
 * refresh work).
 */
final class CountsMeters {

    private volatile long lastRefresh = System.nanoTime();
    private volatile boolean registered;
    private Counter memory;
    private Counter missing;

    /** Counts one lookup; returns the answer. */
    Rendered served(MeterRegistry registry, Rendered answer) {
        if (!registered) {
            register(registry);
        }
        (answer == null ? missing : memory).increment();
        return answer;
    }

    void refreshed(MeterRegistry registry) {
        if (!registered) {
            register(registry);
        }
        lastRefresh = System.nanoTime();
    }

    private double lagSeconds() {
        return (System.nanoTime() - lastRefresh) / (double) TimeUnit.SECONDS.toNanos(1);
    }

    private synchronized void register(MeterRegistry registry) {
        if (registered) {
            return;
        }
        memory = Counter.builder("kartoteka.public.counts.served").tag("outcome", "memory")
                .description("Public counts, badges and widget pages answered from memory").register(registry);
        missing = Counter.builder("kartoteka.public.counts.served").tag("outcome", "missing")
                .description("Public count requests for a metric there is none of").register(registry);
        Gauge.builder("kartoteka.public.counts.refresh.lag", this, CountsMeters::lagSeconds).baseUnit("seconds")
                .description("Seconds since the public counts were last rebuilt").register(registry);
        registered = true;
    }
}
