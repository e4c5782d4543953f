package org.kartoteka.replica;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.kartoteka.security.Caller;

/**
 * Decides per request whether its reads may come from the replica (docs/operations.md, "Read
 * replica"): GET and HEAD may, unless the caller wrote through this instance within the last
 * seconds ({@link RecentWriters}) or asks for the latest data with {@code Cache-Control: no-cache}.
 * Runs after {@code AccessFilter} has authenticated the caller, so token checks read the primary.
 */
public class ReadRouteFilter {

    @Inject
    ReadReplica replica;

    @Inject
    ReadRoute route;

    @Inject
    RecentWriters writers;

    @Inject
    Caller caller;

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void route(ContainerRequestContext request) {
        if (replica.configured() && isRead(request.getMethod()) && !wantsLatest(request)
                && !writers.wroteLately(caller.who())) {
            route.readsMayLag();
        }
    }

    @ServerResponseFilter
    public void rememberWriters(ContainerRequestContext request, ContainerResponseContext response) {
        if (replica.configured() && !isRead(request.getMethod()) && !"OPTIONS".equals(request.getMethod())
                && response.getStatus() < 400 && !caller.isAnonymous()) {
            writers.wrote(caller.who());
        }
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    private static boolean wantsLatest(ContainerRequestContext request) {
        String cacheControl = request.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }
}
