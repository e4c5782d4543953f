package org.kartoteka.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kartoteka.common.DatabaseFailures;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The gate every API request passes before a resource method runs: authenticates the caller
 * (a missing token is anonymous; a wrong, expired or revoked one is a 401 even on a public path,
 * never a quiet downgrade to anonymous) and applies {@link AccessPolicy}.
 */
public class AccessFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        boolean sentCredentials = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        return identities.getDeferredIdentity()
                .map(identity -> decide(method, path, identity, sentCredentials))
                // A token that could not be checked because the database is down is no wrong token:
                // that failure goes on to ProblemMappers (503), every other one is a 401.
                .onFailure(failure -> failure instanceof AuthenticationFailedException
                        && !DatabaseFailures.isUnavailable(failure))
                .recoverWithItem(failure -> SecurityProblems.invalidToken(path));
    }

    private static Response decide(String method, String path, SecurityIdentity identity, boolean sentCredentials) {
        Role role = Caller.roleOf(identity);
        if (sentCredentials && role == Role.ANONYMOUS) {
            return SecurityProblems.invalidToken(path);
        }
        return switch (AccessPolicy.decide(method, path, role)) {
            case ALLOW -> null;
            case AUTHENTICATE -> SecurityProblems.tokenRequired(path);
            case FORBID -> SecurityProblems.forbidden(path, role, method);
        };
    }

    /** Answers differ by token, so no shared cache may hand one caller's answer to another. */
    @ServerResponseFilter
    public void varyByAuthorization(ContainerResponseContext response) {
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }
}
