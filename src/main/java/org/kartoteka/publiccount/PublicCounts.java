package org.kartoteka.publiccount;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.kartoteka.replica.ReadReplica;
import org.kartoteka.replica.ReadRoute;
import org.kartoteka.common.ProblemException;
import org.kartoteka.common.ProblemType;
import org.kartoteka.metric.Metric;

/**
 * The public surface held in memory: for every metric its count as JSON, its badges and its
 * iframe pages in each language, already serialized with their ETags. Requests read the current
 * map and never touch the database; {@link #refresh()} rebuilds the whole map after a write
 * ({@link CountsListener}) and every minute (day rollover), then swaps it in at once.
 */
@ApplicationScoped
public class PublicCounts {

    static final List<String> LANGS = List.of("en", "be", "ru");
    private static final Logger LOG = Logger.getLogger(PublicCounts.class);
    private static final Duration REPLICA_WAIT = Duration.ofSeconds(1);

    @Inject
    PublicCountCalculator calculator;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    @Inject
    ReadReplica replica;

    @Inject
    ReadRoute route;

    private final ReentrantLock refreshing = new ReentrantLock();
    private final CountsMeters meters = new CountsMeters();
    private volatile Map<String, Rendered> answers = Map.of();
    private String css;
    private Rendered script;

    /** The count of a metric as JSON. */
    Rendered count(String metric) {
        return answer("count:" + metric, metric);
    }

    Rendered badge(String metric, String lang) {
        return answer("badge:" + CountText.lang(lang) + ":" + metric, metric);
    }

    Rendered page(String metric, String lang, boolean sparkline) {
        return answer("page:" + CountText.lang(lang) + ":" + sparkline + ":" + metric, metric);
    }

    /** The count of a metric as it stood at an instant (computed on request, not held in memory). */
    PublicCount countAsKnownOn(String metric, Instant asKnownOn) {
        // From the database, not the answers in memory: a metric created a moment ago is found
        // before the refresh its NOTIFY starts has held it.
        return calculator.asKnownOn(Metric.findByKey(metric).orElseThrow(() -> unknown(metric)), asKnownOn);
    }

    /**
     * The rendered answer under this key ("count:political-prisoners"), or null. Only an answer is
     * counted: a miss goes on to the REST resource, which counts it once.
     */
    Rendered find(String key) {
        Rendered rendered = answers.get(key);
        return rendered == null ? null : meters.served(registry, rendered);
    }

    Rendered script() {
        if (script == null) {
            loadStatic();
        }
        return script;
    }

    /**
     * Rebuilds every answer from the database; concurrent calls wait for one another. Each metric
     * is rendered in a transaction of its own, so that one failing metric keeps its previous
     * answers without taking the others down.
     */
    @ActivateRequestContext
    public void refresh() {
        refreshing.lock();
        try {
            readFromReplicaOnceCaughtUp();
            loadStatic();
            List<String> keys = QuarkusTransaction.requiringNew().call(
                    () -> Metric.<Metric>listAll().stream().map(m -> m.key).toList());
            Map<String, Rendered> next = new HashMap<>();
            for (String key : keys) {
                next.putAll(renderOrKeep(key));
            }
            answers = Map.copyOf(next);
            meters.refreshed(registry);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Public counts were not refreshed; the previous answers stay in place");
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * A refresh reads the replica when there is one and it has replayed every write so far (the
     * write whose NOTIFY started this refresh included); one lagging more than a second is passed
     * over, this time, for the primary.
     */
    private void readFromReplicaOnceCaughtUp() {
        if (replica.configured() && replica.caughtUp(REPLICA_WAIT)) {
            route.jobReadsMayLag();
        }
    }

    private Map<String, Rendered> renderOrKeep(String key) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> Metric.findByKey(key).map(this::render).orElse(Map.of()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "The public count of %s was not refreshed; its previous answers stay in place", key);
            Map<String, Rendered> previous = new HashMap<>();
            answers.forEach((k, v) -> {
                if (k.endsWith(":" + key)) {
                    previous.put(k, v);
                }
            });
            return previous;
        }
    }

    private Map<String, Rendered> render(Metric metric) {
        PublicCount count = calculator.of(metric);
        Map<String, Rendered> rendered = new HashMap<>();
        rendered.put("count:" + metric.key, Rendered.of(toJson(count), "application/json"));
        for (String lang : LANGS) {
            rendered.put("badge:" + lang + ":" + metric.key, Rendered.of(Badge.svg(lang, count), "image/svg+xml"));
            for (boolean sparkline : new boolean[] {false, true}) {
                rendered.put("page:" + lang + ":" + sparkline + ":" + metric.key,
                        Rendered.of(WidgetPage.html(lang, sparkline, count, css), "text/html;charset=UTF-8"));
            }
        }
        return rendered;
    }

    private Rendered answer(String key, String metric) {
        Rendered rendered = meters.served(registry, answers.get(key));
        if (rendered == null) {
            throw unknown(metric);
        }
        return rendered;
    }

    private static ProblemException unknown(String metric) {
        return new ProblemException(ProblemType.NOT_FOUND, "No metric has the key '" + metric
                + "'; GET /api/v1/metrics lists them.");
    }

    private byte[] toJson(PublicCount count) {
        try {
            return json.writeValueAsBytes(count);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A public count cannot be serialized", e);
        }
    }

    private synchronized void loadStatic() {
        if (script != null) {
            return;
        }
        css = resource("widget.css").strip().replace("\n", "");
        String js = resource("widget.js").replace("__KARTOTEKA_CSS__", jsonString(css));
        script = Rendered.of(js, "text/javascript;charset=UTF-8");
    }

    private String jsonString(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PublicCounts.class.getResourceAsStream("/widget/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
