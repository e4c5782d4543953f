package org.kartoteka.common;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, refusing connections, the pool timed
 * out waiting for one) from a statement that failed on a working database. The first is a 503 the
 * client may retry; the second is a bug or a rule the schema enforces.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    /** Whether this failure, or one of its causes, says the database is unavailable. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal's "Sorry, acquisition timeout!" and "Acquisition timeout while waiting for new connection"
            return e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
        }
        return state.startsWith("08") // connection exception: refused, broken, closed
                || state.equals("57P01") // admin_shutdown
                || state.equals("57P02") // crash_shutdown
                || state.equals("57P03") // cannot_connect_now: starting up, shutting down, in recovery
                || state.equals("53300"); // too_many_connections
    }
}
