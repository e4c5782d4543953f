package org.kartoteka.series;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.kartoteka.common.ChannelListener;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps {@code level_range} (V75) up to date: replaces the stored level ranges of the persons
 * {@code level_dirty} names, a batch of persons per transaction, with what {@link SeriesQuery}
 * computes from their records, moves their day deltas in {@code level_delta} accordingly, and
 * removes the marks it read. Runs on the primary after every
 * write to the counted tables ({@code NOTIFY kartoteka_counts}, V5), every minute (a person's
 * region or gender changes notify nothing) and at start. A series never waits for it: it reads
 * the persons still marked from their records ({@link SeriesQuery#readsStoredRanges}).
 */
@ApplicationScoped
public class StoredLevels implements ChannelListener.Handler {

    static final String CHANNEL = "kartoteka_counts";
    /**
     * Instances share the work: one refresh at a time, the others skip (their marks stay for the
     * next). Whoever holds this advisory lock keeps every mark pending (tests of the readers do).
     */
    public static final long LOCK = 0x6b6c6576656c73L;
    private static final int BATCH = 2000;
    private static final Logger LOG = Logger.getLogger(StoredLevels.class);

    @Inject
    AgroalDataSource primary;

    private ChannelListener listener;

    void onStart(@Observes StartupEvent event) {
        listener = ChannelListener.start(primary, CHANNEL, this);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
    }

    @Scheduled(every = "60s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMinute() {
        refreshQuietly();
    }

    @Override
    public void listening() {
        refreshQuietly();
    }

    @Override
    public void received(PGNotification[] notifications, PGConnection connection) {
        refreshQuietly();
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf(e, "The stored level ranges were not refreshed; series compute the persons still marked from their records");
        }
    }

    /** Refreshes until no person is marked or another instance is at it; returns how many persons were stored. */
    public int refresh() throws SQLException {
        int stored = 0;
        int batch;
        do {
            batch = refreshBatch();
            stored += batch;
        } while (batch > 0);
        return stored;
    }

    private int refreshBatch() throws SQLException {
        try (Connection connection = primary.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int stored = refreshBatch(connection);
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static int refreshBatch(Connection connection) throws SQLException {
        if (!locked(connection)) {
            return 0;
        }
        List<Long> marks = new ArrayList<>();
        Set<UUID> persons = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select id, person_id from level_dirty order by id limit " + BATCH)) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    marks.add(rows.getLong(1));
                    persons.add(rows.getObject(2, UUID.class));
                }
            }
        }
        if (marks.isEmpty()) {
            return 0;
        }
        Array personArray = connection.createArrayOf("uuid", persons.toArray());
        addDeltas(connection, -1, personArray);
        execute(connection, "delete from level_range where person_id = any(?)", personArray);
        for (String key : SeriesQuery.STORED_LEVELS) {
            execute(connection, SeriesQuery.storeRanges(key), personArray, personArray, personArray);
        }
        addDeltas(connection, 1, personArray);
        execute(connection, "delete from level_dirty where id = any(?)", connection.createArrayOf("bigint", marks.toArray()));
        return persons.size();
    }

    private static void addDeltas(Connection connection, int sign, Array persons) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SeriesQuery.storeDeltas())) {
            statement.setInt(1, sign);
            statement.setArray(2, persons);
            statement.execute();
        }
    }

    private static boolean locked(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static void execute(Connection connection, String sql, Array... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setArray(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
