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
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps {@link PublicCounts} fresh. Triggers on the tables counts are made of (V5) send
 * {@code NOTIFY kartoteka_counts} when a write commits, whichever instance made it; one
 * connection of this instance listens and rebuilds the answers within a second. A refresh every
 * minute catches the change of day and anything a lost connection missed.
 */
@ApplicationScoped
public class CountsListener {

    static final String CHANNEL = "kartoteka_counts";
    private static final Logger LOG = Logger.getLogger(CountsListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final int SETTLE_MILLIS = 50;

    @Inject
    PublicCounts counts;

    @Inject
    AgroalDataSource dataSource;

    private volatile boolean running;
    private volatile Connection listening;
    private Thread thread;

    /** After the seed data (default priority) so that the first answers include it. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        counts.refresh();
        running = true;
        thread = new Thread(this::listen, "kartoteka-counts-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection failed", e);
            }
        }
    }

    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMinute() {
        counts.refresh();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listening = connection;
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                counts.refresh();
                awaitNotifications(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Count notifications interrupted (%s); listening again in a second", e.getMessage());
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
                }
            }
        }
    }

    private void awaitNotifications(PGConnection connection) throws SQLException {
        while (running) {
            if (arrived(connection.getNotifications(WAIT_MILLIS))) {
                coalesce(connection);
                counts.refresh();
            }
        }
    }

    /**
     * Lets a burst of writes (an import) settle for up to a second, so that it costs one refresh,
     * not one per statement; a single write is refreshed after {@value #SETTLE_MILLIS} ms.
     */
    private static void coalesce(PGConnection connection) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() < deadline && arrived(connection.getNotifications(SETTLE_MILLIS))) {
            // keep draining while notifications keep coming
        }
    }

    private static boolean arrived(PGNotification[] notifications) {
        return notifications != null && notifications.length > 0;
    }
}
