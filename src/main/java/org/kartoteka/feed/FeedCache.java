package org.kartoteka.feed;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kartoteka.common.ChannelListener;
import org.kartoteka.publiccount.Rendered;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The feeds as rendered, by format and parameters, until a record they are made of changes: the
 * triggers of V50 send {@code NOTIFY kartoteka_feed} when such a write commits, on any instance,
 * and this instance drops everything it rendered. A feed rendered while a change committed is not
 * kept (the generation moved on meanwhile), so a stale feed cannot outlive the notification.
 */
@ApplicationScoped
public class FeedCache implements ChannelListener.Handler {

    static final String CHANNEL = "kartoteka_feed";

    /** More variants than this (languages x kinds x metrics x hosts) is not worth keeping. */
    private static final int MAX_ENTRIES = 500;

    @Inject
    AgroalDataSource dataSource;

    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private ChannelListener listener;

    void onStart(@Observes StartupEvent event) {
        listener = ChannelListener.start(dataSource, CHANNEL, this);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
    }

    /** The feed under this key, rendered now if it is not kept. */
    Rendered get(String key, Supplier<Rendered> render) {
        Rendered kept = rendered.get(key);
        if (kept != null) {
            return kept;
        }
        long before = generation.get();
        Rendered fresh = render.get();
        if (generation.get() == before) {
            if (rendered.size() >= MAX_ENTRIES) {
                rendered.clear();
            }
            rendered.put(key, fresh);
        }
        return fresh;
    }

    @Override
    public void listening() {
        invalidate();
    }

    @Override
    public void received(PGNotification[] notifications, PGConnection connection) {
        invalidate();
    }

    private void invalidate() {
        generation.incrementAndGet();
        rendered.clear();
    }
}
