package org.kartoteka.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.kartoteka.common.Problem;
import org.kartoteka.common.ProblemType;

/** The 401 and 403 problems, from the access filter and from Quarkus Security alike. */
public class SecurityProblems {

    private static final String CHALLENGE = "Bearer realm=\"kartoteka\"";

    static Response tokenRequired(String path) {
        return respond(ProblemType.UNAUTHORIZED, CHALLENGE, path, "This operation needs a token: send"
                + " 'Authorization: Bearer <token>'. docs/security.md explains how to get one.");
    }

    static Response invalidToken(String path) {
        return respond(ProblemType.UNAUTHORIZED, CHALLENGE + ", error=\"invalid_token\"", path,
                "The bearer token is unknown, expired or revoked. Ask an admin for a new token, or send no"
                        + " Authorization header to read the public data.");
    }

    static Response forbidden(String path, Role role, String method) {
        return respond(ProblemType.FORBIDDEN, null, path, "The " + role.apiName() + " role may not "
                + method.toUpperCase(Locale.ROOT) + " " + path + "; docs/security.md lists what each role may do.");
    }

    @ServerExceptionMapper
    public Response failedAuthentication(AuthenticationFailedException e, UriInfo uri) {
        return invalidToken(uri.getPath());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return tokenRequired(uri.getPath());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, null, uri.getPath(),
                "Your role may not do this; docs/security.md lists what each role may do.");
    }

    private static Response respond(ProblemType type, String challenge, String path, String detail) {
        Response.ResponseBuilder response = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(type.problem(detail, path, List.of()));
        if (challenge != null) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        return response.build();
    }
}
