package org.kartoteka.audit;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.postgresql.PGConnection;
import org.kartoteka.security.Caller;

/**
 * Tells the audit triggers (migration V6) who acts: when a connection leaves the pool inside a
 * request of a signed-in caller (or of the service itself), the actor and the request id become
 * session settings of that connection. Quarkus hands a connection to one transaction at a time
 * (JTA enlists it), so every write of a request runs on a connection set up here.
 *
 * <p>A connection that carries an actor is cleared the next time it leaves the pool for work with
 * no actor (an anonymous read, a scheduled job), not when it returns: a setting made inside a
 * transaction that rolls back reverts, so a reset on return could silently undo itself, while
 * setting on every hand-out is always exact. Writes with no actor set are recorded with a null
 * (unknown) actor. Anonymous reads on clean connections cost no extra round trip.
 */
@ApplicationScoped
public class AuditConnectionInterceptor implements AgroalPoolInterceptor {

    private static final String SET = "select set_config('kartoteka.actor_id', ?, false),"
            + " set_config('kartoteka.actor_name', ?, false), set_config('kartoteka.actor_role', ?, false),"
            + " set_config('kartoteka.request_id', ?, false)";

    /**
     * Physical connections whose settings may name an actor. Agroal hands interceptors a new wrapper
     * each time, so the key is the driver's connection under it; weak, so that connections the pool
     * closes drop out.
     */
    private final Set<Object> marked = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void onConnectionAcquire(Connection connection) {
        Actor actor = currentActor();
        Object physical = physical(connection);
        if (actor != null) {
            apply(connection, actor, Arc.container().instance(RequestId.class).get().value());
            marked.add(physical);
        } else if (marked.remove(physical)) {
            apply(connection, Actor.UNKNOWN, null);
        }
    }

    /** The service itself, the signed-in caller of the request, or null. Never resolves the identity. */
    private static Actor currentActor() {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return null;
        }
        if (Arc.container().instance(Caller.class).get().isSystem()) {
            return Actor.SYSTEM;
        }
        return Arc.container().instance(RequestActor.class).get().get();
    }

    private static Object physical(Connection connection) {
        try {
            return connection.unwrap(PGConnection.class);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail needs a PostgreSQL connection", e);
        }
    }

    private static void apply(Connection connection, Actor actor, String request) {
        try (PreparedStatement set = connection.prepareStatement(SET)) {
            set.setString(1, nullToEmpty(actor.id()));
            set.setString(2, nullToEmpty(actor.name()));
            set.setString(3, nullToEmpty(actor.role()));
            set.setString(4, nullToEmpty(request));
            set.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the audit trail who acts", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
