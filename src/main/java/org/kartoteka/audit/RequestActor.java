package org.kartoteka.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The actor of the current request, noted by {@link RequestIdFilter} once authentication is done.
 * The connection interceptor reads it here rather than asking the security identity, because the
 * identity may itself be in the middle of being established on that very connection (token lookup).
 */
@RequestScoped
public class RequestActor {

    private Actor actor;

    public void set(Actor actor) {
        this.actor = actor;
    }

    /** The signed-in caller, or null when anonymous or not yet authenticated. */
    public Actor get() {
        return actor;
    }
}
