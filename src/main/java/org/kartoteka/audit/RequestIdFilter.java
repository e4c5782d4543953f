package org.kartoteka.audit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request its {@link RequestId} before anything else runs and echoes it in the
 * response; once the caller is authenticated, notes the {@link RequestActor} for the audit trail.
 */
public class RequestIdFilter {

    @Inject
    RequestId requestId;

    @Inject
    RequestActor actor;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void adopt(ContainerRequestContext request) {
        requestId.adopt(request.getHeaderString(RequestId.HEADER));
    }

    /** After the access filter (which has authenticated the caller): the identity is resolved by now. */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Uni<Void> noteActor(ContainerRequestContext request) {
        return identities.getDeferredIdentity()
                .onItem().invoke(identity -> actor.set(Actor.of(identity)))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestId.HEADER, requestId.value());
    }
}
