package org.kartoteka.publiccount;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.kartoteka.common.ChannelListener;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps {@link PublicCounts} fresh. Triggers on the tables counts are made of (V5) send
 * {@code NOTIFY kartoteka_counts} when a write commits, whichever instance made it; one
 * connection of this instance listens ({@link ChannelListener}) and rebuilds the answers within a
 * second. A refresh every minute catches the change of day and anything a lost connection missed.
 */
@ApplicationScoped
public class CountsListener implements ChannelListener.Handler {

    static final String CHANNEL = "kartoteka_counts";
    private static final int SETTLE_MILLIS = 50;

    @Inject
    PublicCounts counts;

    @Inject
    AgroalDataSource dataSource;

    private ChannelListener listener;

    /** After the seed data (default priority) so that the first answers include it. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        counts.refresh();
        listener = ChannelListener.start(dataSource, CHANNEL, this);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
    }

    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMinute() {
        counts.refresh();
    }

    @Override
    public void listening() {
        counts.refresh();
    }

    @Override
    public void received(PGNotification[] notifications, PGConnection connection) throws SQLException {
        coalesce(connection);
        counts.refresh();
    }

    /**
     * Lets a burst of writes (an import) settle for up to a second, so that it costs one refresh,
     * not one per statement; a single write is refreshed after {@value #SETTLE_MILLIS} ms.
     */
    private static void coalesce(PGConnection connection) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() < deadline && ChannelListener.arrived(connection.getNotifications(SETTLE_MILLIS))) {
            // keep draining while notifications keep coming
        }
    }
}
