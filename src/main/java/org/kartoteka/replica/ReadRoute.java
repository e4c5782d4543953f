package org.kartoteka.replica;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;

/**
 * Where the reads of one request go. The primary unless something said the request's reads may
 * lag (about a second) behind the writes: {@link ReadRouteFilter} for GET and HEAD requests of a
 * caller who has not written lately, {@link #jobReadsMayLag()} for a background job that only
 * reads. Work in a transaction stays on the primary (a write, an {@code If-Match} check, whatever
 * a write reads first) unless a job said otherwise.
 */
@RequestScoped
public class ReadRoute {

    private boolean mayLag;
    private boolean inTransactionsToo;

    /** Reads outside transactions may go to the replica. */
    void readsMayLag() {
        mayLag = true;
    }

    /** A job that only reads: its reads, in transactions too, may go to the replica. */
    public void jobReadsMayLag() {
        mayLag = true;
        inTransactionsToo = true;
    }

    boolean toReplica() {
        return mayLag && (inTransactionsToo || !QuarkusTransaction.isActive());
    }

    /** True when the current request (if any) may read from the replica now. */
    static boolean current() {
        return Arc.container().requestContext().isActive() && Arc.container().instance(ReadRoute.class).get().toReplica();
    }
}
