package org.kartoteka.replica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * The read-only replica named by {@code KARTOTEKA_READ_JDBC_URL} (the datasource {@code "read"}),
 * when there is one. Without the setting the datasource is inactive, {@link #configured()} is
 * false and every read goes to the primary as before.
 */
@ApplicationScoped
public class ReadReplica {

    /** The tenant ids {@link RoutingTenantResolver} hands Hibernate: one per datasource. */
    static final String PRIMARY = "primary";
    static final String REPLICA = "read";

    private static final Logger LOG = Logger.getLogger(ReadReplica.class);

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource(REPLICA)
    InjectableInstance<AgroalDataSource> replicaPool;

    private AgroalDataSource replica;

    @PostConstruct
    void findReplica() {
        List<AgroalDataSource> active = replicaPool.listActive();
        replica = active.isEmpty() ? null : active.get(0);
    }

    public boolean configured() {
        return replica != null;
    }

    AgroalDataSource primary() {
        return primary;
    }

    /**
     * The pool raw JDBC reads of the current request use (exports): the replica when one is
     * configured and the request's reads may lag, else the primary.
     */
    public AgroalDataSource forReads() {
        return configured() && ReadRoute.current() ? replica : primary;
    }

    /** The replica's pool; only when {@link #configured()}. */
    AgroalDataSource replica() {
        return replica;
    }

    /**
     * Waits until the replica has replayed everything the primary has written so far, for at most
     * the given time. A refresh started by a NOTIFY must not read a replica that has not yet seen
     * the commit that sent it: its answers would stay stale until the next write.
     */
    public boolean caughtUp(Duration within) {
        if (!configured()) {
            return false;
        }
        try {
            String written = primaryPosition();
            long deadline = System.nanoTime() + within.toNanos();
            do {
                if (replayed(written)) {
                    return true;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            } while (System.nanoTime() < deadline);
        } catch (SQLException e) {
            LOG.debugf(e, "The replica's position could not be compared with the primary's");
        }
        return false;
    }

    private String primaryPosition() throws SQLException {
        try (Connection connection = primary.getConnection();
                PreparedStatement query = connection.prepareStatement("select pg_current_wal_lsn()::text");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private boolean replayed(String position) throws SQLException {
        // A server that is no standby (a promoted replica) has everything it will ever serve.
        try (Connection connection = replica.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select not pg_is_in_recovery() or pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
            query.setString(1, position);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
