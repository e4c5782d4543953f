package org.kartoteka.common;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One pooled connection that LISTENs on a PostgreSQL channel for the life of the application, so
 * that a write committed by any instance reaches every instance within a second. When the
 * connection is lost (the database restarts) it listens again a second later and tells its
 * handler, since notifications sent meanwhile were missed.
 */
public final class ChannelListener {

    /** What a listener does with what it hears. */
    public interface Handler {

        /** Listening (again): anything notified while not listening was missed, so catch up. */
        void listening();

        /** A batch of notifications arrived; the connection can be drained further. */
        void received(PGNotification[] notifications, PGConnection connection) throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(ChannelListener.class);
    private static final int WAIT_MILLIS = 500;

    private final AgroalDataSource dataSource;
    private final String channel;
    private final Handler handler;
    private volatile boolean running = true;
    private volatile Connection listening;

    private ChannelListener(AgroalDataSource dataSource, String channel, Handler handler) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.handler = handler;
    }

    /** Starts listening on a daemon thread of its own. */
    public static ChannelListener start(AgroalDataSource dataSource, String channel, Handler handler) {
        ChannelListener listener = new ChannelListener(dataSource, channel, handler);
        Thread thread = new Thread(listener::listen, "kartoteka-listen-" + channel);
        thread.setDaemon(true);
        thread.start();
        return listener;
    }

    public void stop() {
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

    /** Whether arrived notifications are there at all (the driver answers null for none). */
    public static boolean arrived(PGNotification[] notifications) {
        return notifications != null && notifications.length > 0;
    }

    private void listen() {
        boolean interrupted = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listening = connection;
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                if (interrupted) {
                    LOG.infof("Listening on %s again", channel);
                    interrupted = false;
                }
                handler.listening();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (arrived(notifications)) {
                        handler.received(notifications, postgres);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    // One warning per interruption, not one a second for as long as the database is down.
                    if (!interrupted) {
                        LOG.warnf("Notifications on %s interrupted (%s); trying again every second", channel,
                                e.getMessage());
                    }
                    interrupted = true;
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
                }
            }
        }
    }
}
